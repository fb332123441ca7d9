import Foundation
import Testing
@testable import SiteGenKit

/// Output is never lost or half-written when the disk says no. Today's code reported a tenant as
/// failed when only its old copy could not be removed (the new site was in place), and a full disk
/// or a file-size limit gave the system's bare message or killed the build (SIGXFSZ).
@Suite struct WriteFailureTests {
    func site(_ text: String) -> RenderedSite {
        RenderedSite(tenantID: "acme", files: [OutputFile(path: "index.html", contents: Data(text.utf8)),
                                               OutputFile(path: "versions/1/index.html", contents: Data(text.utf8))])
    }

    let manifest = BuildManifest(tenantID: "acme", generator: "sitegen test", theme: "plain", inputs: [], outputs: [])

    func index(_ root: URL) -> String? {
        (try? Data(contentsOf: root.appendingPathComponent("acme/index.html"))).map { String(decoding: $0, as: UTF8.self) }
    }

    @Test func anOldCopyLeftBehindIsAWarningAndTheNewSiteIsPublished() throws {
        try TestSupport.withTemporaryFolder { root in
            var writer = TenantWriter(outputRoot: root)
            #expect(try writer.write(site("old"), manifest: manifest).isEmpty)
            writer.removeRetired = { _ in throw POSIXError(.EACCES) }
            let warnings = try writer.write(site("new"), manifest: manifest)
            #expect(index(root) == "new")
            #expect(warnings.count == 1 && warnings.first?.severity == .warning)
            #expect(warnings.first?.message.contains("the new site is in") == true)
        }
    }

    @Test(arguments: [(POSIXErrorCode.ENOSPC, "the disk is full"), (.EFBIG, "a file is too large for the file-size limit")])
    func aFailedWriteKeepsThePublishedSiteAndSaysWhy(code: POSIXErrorCode, reason: String) throws {
        try TestSupport.withTemporaryFolder { root in
            var writer = TenantWriter(outputRoot: root)
            try writer.write(site("published"), manifest: manifest)
            writer.writeData = { data, path in
                if path.hasSuffix("versions/1/index.html") { throw POSIXError(code) }
                try TenantWriter.writeFile(data, to: path)
            }
            #expect {
                try writer.write(site("new"), manifest: manifest)
            } throws: { error in
                let diagnostic = (error as? DiagnosticError)?.diagnostics.first
                return diagnostic?.message.contains(reason) == true
                    && diagnostic?.notes.contains("the previously published site is still in place") == true
            }
            #expect(index(root) == "published")
            let leftOver = try FileManager.default.contentsOfDirectory(atPath: root.path).filter { $0 != "acme" }
            #expect(leftOver.isEmpty, "\(leftOver)")
        }
    }

    /// The real limit, through the executable: the kernel's SIGXFSZ killed the build before.
    @Test func aBuildPastTheFileSizeLimitKeepsTheSiteAndSaysWhy() throws {
        try TestSupport.withTemporaryFolder { root in
            try TestSupport.write(TestSupport.minimalProject, in: root)
            TestSupport.releaseAll(root)
            #expect(SiteBuilder(root: root, today: DayDate("2024-06-01")!).build(.all).built.count == 1)
            let before = try Data(contentsOf: root.appendingPathComponent("output/acme/index.html"))
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", "ulimit -f 1 && exec \"$0\" --all --force --today 2024-06-01", CommandLineTests.executable.path]
            process.currentDirectoryURL = root
            let err = Pipe()
            process.standardError = err
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(process.terminationReason == .exit && process.terminationStatus == 1, "\(stderr)")
            #expect(stderr.contains("a file is too large for the file-size limit (EFBIG"), "\(stderr)")
            #expect(stderr.contains("the previously published site is still in place"))
            #expect(try Data(contentsOf: root.appendingPathComponent("output/acme/index.html")) == before)
        }
    }
}
