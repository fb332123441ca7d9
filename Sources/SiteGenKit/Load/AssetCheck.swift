/// What may sit in an `assets/` folder. Templates reach an asset by its file name with `.` and `-`
/// turned into `_` (`assets.logo_svg`), so two names that turn into the same one would make a
/// template show whichever came last; a sub-folder or an unknown file type would be skipped or
/// published without anyone asking for it. Each is an error naming the files.
enum AssetCheck {
    /// The file types an asset may have: stylesheets, images and web fonts. No scripts, no pages.
    static let supportedExtensions = ["css", "svg", "png", "jpg", "jpeg", "gif", "webp", "ico", "woff", "woff2"]

    /// The logo file a theme shows (`assets.logo_svg`); a logo in another format would be ignored.
    static let logoName = "logo.svg"

    /// The problems of the assets `names` (files directly in `assets/`) of `folder`, and the names
    /// that may be published.
    static func check(_ names: [String], in folder: FolderFiles) -> (accepted: [String], problems: [Diagnostic]) {
        var problems: [Diagnostic] = []
        let assetsFolder = folder.folder + "assets/"
        for subfolder in folder.folders.filter({ $0.hasPrefix(assetsFolder) }).sorted() {
            problems.append(.error("asset sub-folders are not supported", at: .init(file: subfolder),
                                   notes: ["put assets directly in \(assetsFolder); templates name them by file name, e.g. {{assets.logo_svg}}"]))
        }
        var clashing: Set<String> = []
        for (key, names) in Dictionary(grouping: names, by: SiteRenderer.assetKey).sorted(by: { $0.key < $1.key }) where names.count > 1 {
            let files = names.sorted()
            problems.append(.error("assets \(files.map { "'\($0)'" }.joined(separator: " and ")) both become assets.\(key)",
                                   at: .init(file: assetsFolder + files[1]),
                                   notes: ["templates name an asset by its file name with '.' and '-' turned into '_'; rename one of them"]))
            clashing.formUnion(files)
        }
        var accepted: [String] = []
        for name in names where !clashing.contains(name) {
            let fileExtension = name.contains(".") ? String(name[name.index(after: name.lastIndex(of: ".")!)...]).lowercased() : ""
            if name.lowercased().hasPrefix("logo."), name != logoName {
                problems.append(.error("a logo must be an SVG file named \(logoName)", at: .init(file: assetsFolder + name),
                                       notes: ["themes show the logo as assets.logo_svg; convert the logo to SVG, or remove it to show the wordmark"]))
            } else if !supportedExtensions.contains(fileExtension) {
                problems.append(.error("asset type '\(fileExtension.isEmpty ? name : "." + fileExtension)' is not supported",
                                       at: .init(file: assetsFolder + name),
                                       notes: ["assets are stylesheets, images and fonts: \(supportedExtensions.map { "." + $0 }.joined(separator: ", "))"]))
            } else {
                accepted.append(name)
            }
        }
        return (accepted, problems)
    }
}
