import Foundation

/// What went wrong with a release file, in words, and what to do about it. Used by the writer,
/// its file sink, the puller and the tombstone applier for their `.io` errors. Names paths and
/// system messages only (a release holds nothing but the files it writes).
enum ReleaseIOReason {
    static func describe(_ error: any Error) -> String {
        let ns = error as NSError
        let path = (ns.userInfo[NSFilePathErrorKey] as? String).map { " at \($0)" } ?? ""
        guard let code = posixCode(ns) else { return ns.localizedDescription + path }
        return String(cString: strerror(code)) + path + hint(code)
    }

    /// The POSIX error number behind `error`, if there is one.
    private static func posixCode(_ error: NSError) -> Int32? {
        if error.domain == NSPOSIXErrorDomain { return Int32(error.code) }
        if let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError { return posixCode(underlying) }
        return nil
    }

    private static func hint(_ code: Int32) -> String {
        switch code {
        case ENOSPC, EDQUOT: "; free disk space and run again"
        case EACCES, EPERM, EROFS: "; choose a directory you can write to and run again"
        default: ""
        }
    }
}
