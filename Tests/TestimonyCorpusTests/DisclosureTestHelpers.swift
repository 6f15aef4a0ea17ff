import TestimonyCorpus
import TestimonyModel

/// Synthetic, non-graphic records and policies for the disclosure tests.
enum DisclosureTestHelpers {
    static let template = "survivor-experience"

    /// Age bands → two coarser bands → suppressed.
    static let age = QuasiAttribute(question: "ay_age_band", ladder: [
        ["18-24": "18-34", "25-34": "18-34", "35-44": "35-54", "45-54": "35-54"],
        ["*": "*"],
    ])

    /// Cities → countries → suppressed.
    static let region = QuasiAttribute(question: "ay_region", ladder: [
        ["helsinki": "finland", "turku": "finland", "stockholm": "sweden", "malmo": "sweden"],
        ["*": "*"],
    ])

    /// Both ladders with their suppression level.
    static func policy(k: Int = 3, l: Int = 2) -> DisclosurePolicy {
        DisclosurePolicy(k: k, l: l, quasi: [age, region], sensitive: ["wh_setting"])
    }

    /// The same ladders without the suppression level (so some records can never be published).
    static func shortPolicy(k: Int = 3, l: Int = 2) -> DisclosurePolicy {
        DisclosurePolicy(
            k: k, l: l,
            quasi: [QuasiAttribute(question: age.question, ladder: [age.ladder[0]]),
                    QuasiAttribute(question: region.question, ladder: [region.ladder[0]])],
            sensitive: ["wh_setting"])
    }

    /// A record as answered (level 0) unless `levels` says otherwise. `age`/`region` nil = missing.
    static func record(
        _ id: String, _ age: String?, _ region: String?, _ settings: [String], levels: [String: Int] = [:]
    ) -> CorpusRecord {
        var quasi: [String: String] = [:]
        quasi["ay_age_band"] = age
        quasi["ay_region"] = region
        return CorpusRecord(
            id: id, template: template, templateVersion: 1, language: "en", quasi: quasi, levels: levels,
            answers: CorpusAnswers(settings.map { CorpusAnswer(question: "wh_setting", code: $0) } + [CorpusAnswer(question: "im_education", code: "3")]),
            excerpts: [])
    }

    /// Applies a decision the way publish does: regeneralise, insert, keep the pending queue.
    static func apply(_ decision: DisclosureDecision, published: inout [CorpusRecord], pending: inout [CorpusRecord]) {
        let replacements = Dictionary(uniqueKeysWithValues: decision.regeneralise.map { ($0.id, $0) })
        published = published.map { replacements[$0.id] ?? $0 } + decision.publish
        pending = decision.pending.map(\.record)
    }

    /// Independent of the engine: every class of `published` (grouped by the stored quasi values)
    /// has ≥ k members and ≥ l distinct values of each sensitive question. Returns the violations.
    static func violations(_ published: [CorpusRecord], policy: DisclosurePolicy) -> [String] {
        var classes: [[String?]: [CorpusRecord]] = [:]
        for record in published {
            classes[policy.quasi.map { record.quasi[$0.question] }, default: []].append(record)
        }
        var problems: [String] = []
        for (key, members) in classes {
            if members.count < policy.k { problems.append("\(key): \(members.count) < k") }
            for question in policy.sensitive {
                let values = Set(members.map { member in
                    Set(member.answers.filter { $0.question == question }.map(\.code)).sorted().joined(separator: ",")
                })
                if values.count < policy.l { problems.append("\(key): \(values.count) values of \(question) < l") }
            }
        }
        return problems
    }
}
