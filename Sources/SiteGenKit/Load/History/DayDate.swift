import Foundation

/// A calendar day (no time, no zone): versions are dated by day, and a day is the same everywhere,
/// so output never depends on the machine's clock or time zone.
public struct DayDate: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    private static let dutchMonths = ["januari", "februari", "maart", "april", "mei", "juni", "juli",
                                      "augustus", "september", "oktober", "november", "december"]

    /// Parses `YYYY-MM-DD`; nil for anything else or an impossible day.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              (1...12).contains(month), (1...Self.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Today as the clock says in Europe/Amsterdam, where the statements apply: only the command
    /// line asks for it when `--today` is not given; the library and the tests pass a date.
    public static func today() -> DayDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Amsterdam") ?? TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        return DayDate(String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!))!
    }

    /// The days from `earlier` to this day (negative when `earlier` is later), for notice periods.
    public func days(since earlier: DayDate) -> Int {
        dayNumber - earlier.dayNumber
    }

    /// The day `count` days after this one.
    public func adding(days count: Int) -> DayDate {
        // Civil-from-days (Howard Hinnant's algorithm): exact for the proleptic Gregorian calendar.
        let z = dayNumber + count + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yoe + era * 400 + (month <= 2 ? 1 : 0)
        return DayDate(String(format: "%04d-%02d-%02d", year, month, day))!
    }

    /// Days since 1970-01-01 (days-from-civil, Howard Hinnant's algorithm).
    private var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// `2018-05-15`.
    public var description: String { String(format: "%04d-%02d-%02d", year, month, day) }

    /// `15 mei 2018`, as Dutch and Flemish statements write dates.
    public var dutch: String { "\(day) \(Self.dutchMonths[month - 1]) \(year)" }

    /// The start of the day in UTC as RFC 3339, for Atom's `updated`.
    public var rfc3339: String { "\(description)T00:00:00Z" }

    public static func < (lhs: DayDate, rhs: DayDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let date = DayDate(text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "invalid date '\(text)'; expected YYYY-MM-DD")
        }
        self = date
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
