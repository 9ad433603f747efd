import ArgumentParser
import Foundation
import Hearth
import HearthValidation

/// `hearth-bench postcodes [--rows 1000000] [--file ONSPD.csv]`: times loading the ONS Postcode
/// Directory for `hearth validate 903 --postcodes`. Without `--file` it writes a synthetic file in
/// the ONSPD's shape (52 quoted columns, about 550 bytes a row) to a temporary directory first.
struct PostcodeDirectoryBench: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "postcodes",
        abstract: "Time loading an ONS Postcode Directory CSV (synthetic unless --file is given).")

    @Option(help: "Rows of the synthetic file.") var rows: Int = 1_000_000
    @Option(help: "A real ONSPD/NSPL CSV to load instead of a synthetic one.") var file: String?
    @Option(help: "Timed loads; the best and median are reported.") var runs: Int = 3

    func run() throws {
        var path = file ?? ""
        var scratch: URL?
        if file == nil {
            let dir = FileManager.default.temporaryDirectory.appendingPathComponent("hearth-onspd-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            scratch = dir
            path = dir.appendingPathComponent("ONSPD_SYNTHETIC_UK.csv").path
            try PostcodeDirectoryBench.writeSynthetic(path: path, rows: rows)
        }
        defer { if let scratch { try? FileManager.default.removeItem(at: scratch) } }
        let bytes = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        var times: [Double] = [], cpu: [Double] = []
        var directory: ONSPostcodeDirectory?
        for _ in 0..<max(1, runs) {
            directory = nil
            let c0 = PeakMemory.cpuSeconds(), t0 = Date()
            directory = try ONSPostcodeDirectory(path: path)
            times.append(Date().timeIntervalSince(t0)); cpu.append(PeakMemory.cpuSeconds() - c0)
        }
        guard let directory else { return }
        // Look every synthetic postcode up once more, in the spaced form an episode carries.
        let probes = min(rows, 1_000_000)
        let t0 = Date()
        var found = 0
        for i in 0..<probes where directory.gridReference(PostcodeDirectoryBench.postcode(i)) != nil { found += 1 }
        let lookup = Date().timeIntervalSince(t0)
        let s = times.sorted()
        print(String(format: "postcodes: %d rows, %.0f MB; load best %.3f s, median %.3f s (CPU %.3f s); %.0f rows/s",
                     directory.count, Double(bytes) / 1e6, s[0], s[s.count / 2], cpu.min() ?? 0, Double(directory.count) / s[0]))
        if file == nil {
            print(String(format: "lookups: %d in %.3f s (%d found)", probes, lookup, found))
        }
        print("peak memory: \(PeakMemory.description)")
    }

    /// The i-th synthetic postcode, e.g. "AB12 3CD"; distinct for every i below 26·26·99·10·26·26.
    static func postcode(_ i: Int) -> String {
        let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        var n = i
        let l4 = letters[n % 26]; n /= 26
        let l3 = letters[n % 26]; n /= 26
        let digit = n % 10; n /= 10
        let district = n % 99 + 1; n /= 99
        let l2 = letters[n % 26]; n /= 26
        let l1 = letters[n % 26]
        return "\(l1)\(l2)\(district) \(digit)\(l3)\(l4)"
    }

    static func writeSynthetic(path: String, rows: Int) throws {
        FileManager.default.createFile(atPath: path, contents: nil)
        guard let out = FileHandle(forWritingAtPath: path) else { throw ValidationError("cannot write \(path)") }
        defer { try? out.close() }
        let header = "pcd,pcd2,pcds,dointr,doterm,oscty,ced,oslaua,osward,parish,usertype,oseast1m,osnrth1m,osgrdind,oshlthau,nhser,ctry,rgn,streg,pcon,eer,teclec,ttwa,pct,itl,statsward,oa01,casward,npark,lsoa01,msoa01,ur01ind,oac01,oa11,lsoa11,msoa11,wz11,sicbl,bua24,ru11ind,oac11,lat,long,lep1,lep2,pfa,imd,calncv,icb,oa21,lsoa21,msoa21"
            .split(separator: ",").map { "\"\($0)\"" }.joined(separator: ",")
        var buffer = Array((header + "\n").utf8)
        for i in 0..<rows {
            let pc = postcode(i)
            let pcd = pc.count == 8 ? pc.replacingOccurrences(of: " ", with: "") : pc
            let county = i % 3 == 0 ? "E10000016" : "E99999999"
            let district = "E0\(6 + i % 4)0000\(10 + i % 90)"
            let e = 100_000 + (i * 7919) % 550_000, n = 10_000 + (i * 104_729) % 1_200_000
            let noGrid = i % 50 == 0
            let cells = [pcd, pc, pc, "198001", i % 10 == 0 ? "200012" : "", county, "E58000744", district, "E05015050",
                         "E43000100", "0", noGrid ? "" : String(e), noGrid ? "" : String(n), noGrid ? "9" : "1",
                         "E18000008", "E40000005", "E92000001", "E12000008", "0", "E14001330", "E15000008", "E41000324",
                         "E30000234", "E16000033", "E06000035", "00JGGX", "E00123456", "00JGGX", "E65000001", "E01024000",
                         "E02005000", "A", "1B1", "E00123456", "E01024000", "E02005000", "E33012345", "E38000237",
                         "E63012345", "C1", "2B1", "51.270000", "0.520000", "E37000025", "", "E23000032", "20000",
                         "E56000012", "E54000032", "E00123456", "E01024000", "E02005000"]
            buffer.append(contentsOf: cells.map { "\"\($0)\"" }.joined(separator: ",").utf8)
            buffer.append(10)
            if buffer.count > 1 << 22 { out.write(Data(buffer)); buffer.removeAll(keepingCapacity: true) }
        }
        out.write(Data(buffer))
    }
}
