import Testing
import TestimonyRedaction

struct IPAddressDetectorTests {
    let detector = IPAddressDetector()

    @Test(arguments: [
        ("Kirjautuminen osoitteesta 192.168.1.20 tänään.", "192.168.1.20", "192.168.1.20"),
        ("IP: 10.0.0.1.", "10.0.0.1", "10.0.0.1"),
        ("From 255.255.255.255 only", "255.255.255.255", "255.255.255.255"),
        ("IPv6 2001:DB8::1 käytössä", "2001:DB8::1", "2001:db8::1"),
        ("IPv6 fe80::1ff:fe23:4567:890a%eth0", "fe80::1ff:fe23:4567:890a", "fe80::1ff:fe23:4567:890a"),
        ("Full 2001:0db8:85a3:0000:0000:8a2e:0370:7334 here", "2001:0db8:85a3:0000:0000:8a2e:0370:7334",
            "2001:0db8:85a3:0000:0000:8a2e:0370:7334"),
        ("Loopback ::1 only", "::1", "::1"),
        ("Mapped ::ffff:192.0.2.128 here", "::ffff:192.0.2.128", "::ffff:192.0.2.128"),
    ])
    func finds(text: String, needle: String, entity: String) {
        CodeDetectorTesting.expectOne(detector, .ipAddress, in: text, needle, entity: entity)
    }

    @Test(arguments: [
        "Versio 1.2.3 julkaistiin.",  // three parts
        "1.2.3.4.5",  // five parts
        "256.1.1.1",  // octet over 255
        "192.168.1",
        "version 1.2.3.4",  // a version number
        "v1.2.3.4",
        "Kello 12:30:45.",
        "Päivä 12.03.2019",
        "2001:db8:1:2:3:4:5",  // seven groups without ::
        "1::2::3",  // two ::
        "Huom:: tämä",
        "a::b::c",
        "12345::1",
    ])
    func ignores(_ text: String) {
        CodeDetectorTesting.expectNone(detector, in: text)
    }
}
