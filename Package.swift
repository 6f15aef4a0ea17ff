// swift-tools-version: 6.2
import PackageDescription

let package = Package(
    name: "testimony",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "testimony", targets: ["TestimonyCLI"]),
        .executable(name: "testimony-bench", targets: ["testimony-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // libsodium from Debian: apt-get install libsodium-dev. Imported only by TestimonyCrypto.
        .systemLibrary(
            name: "CSodium",
            pkgConfig: "libsodium",
            providers: [.apt(["libsodium-dev"]), .brew(["libsodium"])]
        ),
        // libvoikko from Debian (Finnish morphology): apt-get install libvoikko-dev voikko-fi.
        // Imported only by TestimonyRedaction.
        .systemLibrary(
            name: "CVoikko",
            pkgConfig: "libvoikko",
            providers: [.apt(["libvoikko-dev"])]
        ),
        // Value types shared by every stage; Foundation only.
        .target(name: "TestimonyModel"),
        // SHA-256 on the x86 SHA extensions (release files: libsodium's portable SHA-256 was a
        // quarter of a release's CPU). Used only by TestimonyCrypto, which falls back to libsodium
        // on other CPUs and whose tests compare the two.
        .target(name: "CSHA256", cSettings: [.unsafeFlags(["-Wall", "-Wextra", "-Werror"])]),
        // The only module that touches libsodium or raw pointers.
        .target(name: "TestimonyCrypto", dependencies: ["CSodium", "CSHA256"]),
        // The only module that touches GRDB. Sees opaque ids and ciphertext only.
        .target(
            name: "TestimonyStore",
            dependencies: ["TestimonyModel", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        // The only module that touches Yams: templates and the interchange format.
        .target(
            name: "TestimonyTemplates",
            dependencies: ["TestimonyModel", .product(name: "Yams", package: "Yams")]
        ),
        // Redaction: plain text in, spans out. No vault needed. The only module that touches Voikko.
        .target(
            name: "TestimonyRedaction",
            dependencies: ["CVoikko"],
            resources: [.copy("Resources")]
        ),
        // The corpus: disclosure checks, signed releases, researcher tools (query, stats, report).
        // Works on release directories and the CorpusStore protocol; no vault, no GRDB.
        .target(name: "TestimonyCorpus", dependencies: ["TestimonyModel", "TestimonyCrypto"]),
        // Workflows: vault, key slots, interview, import/export, publication.
        .target(
            name: "TestimonyKit",
            dependencies: [
                "TestimonyModel", "TestimonyCrypto", "TestimonyStore", "TestimonyTemplates", "TestimonyRedaction",
                "TestimonyCorpus",
            ]
        ),
        // Thin CLI: parses, prompts, prints.
        .executableTarget(
            name: "TestimonyCLI",
            dependencies: [
                "TestimonyKit", "TestimonyTemplates", "TestimonyCrypto", "TestimonyRedaction", "TestimonyModel",
                "TestimonyCorpus", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Release-only benchmarks: swift run -c release testimony-bench vault
        .executableTarget(name: "testimony-bench", dependencies: ["TestimonyKit", "TestimonyCrypto", "TestimonyCorpus"]),

        // Test support: temp dirs, fast test KDF, fixture paths, running the built binary.
        .target(name: "TestimonyTestSupport", dependencies: ["TestimonyKit"], path: "Tests/TestSupport"),

        .testTarget(name: "TestimonyCryptoTests", dependencies: ["TestimonyCrypto", "TestimonyTestSupport"]),
        .testTarget(name: "TestimonyStoreTests", dependencies: ["TestimonyStore", "TestimonyModel", "TestimonyTestSupport"]),
        .testTarget(
            name: "TestimonyCorpusTests",
            dependencies: ["TestimonyCorpus", "TestimonyModel", "TestimonyCrypto", "TestimonyTestSupport"]
        ),
        .testTarget(name: "TestimonyTemplatesTests", dependencies: ["TestimonyTemplates", "TestimonyTestSupport"]),
        .testTarget(
            name: "TestimonyKitTests",
            dependencies: [
                "TestimonyKit", "TestimonyStore", "TestimonyCrypto", "TestimonyModel", "TestimonyTemplates",
                "TestimonyRedaction", "TestimonyCorpus", "TestimonyTestSupport",
            ]
        ),
        .testTarget(name: "TestimonyRedactionTests", dependencies: ["TestimonyRedaction", "TestimonyTestSupport"]),
        .testTarget(name: "TestimonyCLITests", dependencies: ["TestimonyCLI", "TestimonyTestSupport"]),
    ]
)

// The same language settings for every target of ours (swift-log style settings loop).
for target in package.targets where target.type != .system {
    target.swiftSettings = (target.swiftSettings ?? []) + [
        .enableUpcomingFeature("ExistentialAny"),
        .enableUpcomingFeature("MemberImportVisibility"),
        .enableUpcomingFeature("InternalImportsByDefault"),
        .enableUpcomingFeature("NonisolatedNonsendingByDefault"),
        .treatAllWarnings(as: .error),
    ]
}
