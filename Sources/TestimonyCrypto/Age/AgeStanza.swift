/// One recipient stanza: `-> type args…` and a wrapped base64 body.
struct AgeStanza: Sendable, Equatable {
    var type: String
    var arguments: [String]
    var body: [UInt8]
}
