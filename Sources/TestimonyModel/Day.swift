public import Foundation

/// Coarse dates (`YYYY-MM-DD`, UTC): the only time resolution the vault keeps in the clear.
public enum Day {
    /// Today in UTC.
    public static func today(_ now: Date = Date()) -> String {
        string(from: now)
    }

    /// `YYYY-MM-DD` of a date in UTC.
    public static func string(from date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? .current
        let c = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", c.year ?? 0, c.month ?? 0, c.day ?? 0)
    }

    /// The day `months` months after `day` (same UTC calendar), or nil for a malformed day.
    public static func adding(months: Int, to day: String) -> String? {
        let parts = day.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? .current
        guard let date = calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2])),
            let later = calendar.date(byAdding: .month, value: months, to: date)
        else { return nil }
        return string(from: later)
    }
}
