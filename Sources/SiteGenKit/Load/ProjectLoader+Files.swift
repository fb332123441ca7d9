import Foundation

extension ProjectLoader {
    /// Reads every visible file below the project folder `relative` (ending in `/`) once, links
    /// followed, each hashed; nil when the folder does not exist. A file that is, or lies in a
    /// folder that is, a link to outside the project is not read but recorded as refused, so the
    /// loader can say so if it needs the file: a tenant's folder must not be a way to publish other
    /// files of the machine it is built on. So are pipes and devices, which could block a read.
    func readFolder(_ relative: String) -> FolderFiles? {
        let rootPath = root.path + "/"
        let folderPath = rootPath + relative.dropLast()
        // The folder's whole path is resolved once (`tenants/` itself could be a link); below it,
        // only the links met on the way need resolving.
        guard let resolved = Self.realPath(folderPath) else { return nil }
        guard isInside(resolvedPath: resolved) else {
            return FolderFiles(folder: relative, files: [], complete: true, outsideProject: resolved)
        }
        var status = stat()
        guard stat(folderPath, &status) == 0, status.st_mode & S_IFMT == S_IFDIR else { return nil }
        var files: [InputFile] = []
        var folders: Set<String> = []
        var complete = true
        func walk(_ folder: String, outside: Bool) {
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: rootPath + folder) else {
                complete = false
                return
            }
            for name in names where !name.hasPrefix(".") {
                let path = folder + name, fullPath = rootPath + path
                var status = stat()
                guard lstat(fullPath, &status) == 0 else { continue }
                var isOutside = outside
                if status.st_mode & S_IFMT == S_IFLNK {
                    // A link that leads nowhere is not a file of the project.
                    guard let target = Self.realPath(fullPath), stat(fullPath, &status) == 0 else { continue }
                    isOutside = isOutside || !isInside(resolvedPath: target)
                }
                if status.st_mode & S_IFMT == S_IFDIR {
                    folders.insert(path)
                    walk(path + "/", outside: isOutside)
                } else if isOutside {
                    files.append(InputFile(path: path, refused: .outsideProject(Self.realPath(fullPath) ?? fullPath)))
                } else if status.st_mode & S_IFMT != S_IFREG {
                    files.append(InputFile(path: path, refused: .notRegular))
                } else if Int(status.st_size) > SourceFile.maximumSize {
                    files.append(InputFile(path: path, refused: .tooLarge(Int(status.st_size))))
                } else {
                    do {
                        files.append(InputFile(path: path, data: try Self.contents(ofFile: fullPath)))
                    } catch {
                        files.append(InputFile(path: path, refused: .unreadable(String(describing: error))))
                    }
                }
            }
        }
        walk(relative, outside: false)
        files.sort { $0.path < $1.path }
        return FolderFiles(folder: relative, files: files, folders: folders, complete: complete)
    }

    /// `path` with every link resolved, or nil when it leads nowhere.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// The whole file at `path`: one `open`, reads until the end, one `close`.
    static func contents(ofFile path: String) throws -> Data {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        defer { close(descriptor) }
        var status = stat()
        let expected = fstat(descriptor, &status) == 0 ? max(Int(status.st_size), 0) : 0
        var data = Data(count: expected + 1)
        var length = 0
        while true {
            if length == data.count { data.count *= 2 }
            let count = data.count - length
            let got = data.withUnsafeMutableBytes { readBytes(descriptor, $0.baseAddress! + length, count) }
            if got < 0 {
                if errno == EINTR { continue }
                throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
            }
            if got == 0 { break }
            length += got
        }
        data.count = length
        return data
    }
}

/// `read(2)`, named apart from the loader's own `read` methods.
private func readBytes(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}
