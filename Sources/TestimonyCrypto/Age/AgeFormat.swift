/// Constants of the age v1 format.
enum AgeFormat {
    static let intro = Array("age-encryption.org/v1\n".utf8)
    static let fileKeyBytes = 16
    static let payloadNonceBytes = 16
    static let macBytes = 32
    static let headerKeyInfo = Array("header".utf8)
    static let payloadKeyInfo = Array("payload".utf8)
    static let armorPrefix = Array("-----BEGIN AGE ENCRYPTED FILE-----".utf8)
}
