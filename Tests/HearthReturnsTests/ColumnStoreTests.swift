import Hearth
import Testing
@testable import HearthReturns

/// A table kept by column reads the same cells as by row, groups rows by child once, and drops
/// the copy as soon as its rows change.
struct ColumnStoreTests {
    func table() -> SSDA903Table {
        SSDA903Table(name: .missing, file: "missing.csv",
                     rows: [["A", "01/01/2010", "M", "01/05/2024", ""],
                            ["B", "02/02/2011", "A"],
                            ["A", "01/01/2010", "M", "03/06/2024", "04/06/2024"]],
                     lineNumbers: [2, 3, 4])
    }

    @Test func cellsReadTheSameByColumnAsByRow() {
        let byRow = table()
        var byColumn = table()
        byColumn.storeByColumn()
        for r in 0..<byRow.count {
            for column in byRow.header + ["NOT_A_COLUMN"] { #expect(byColumn[r, column] == byRow[r, column]) }
        }
        #expect(byColumn[1, "MIS_END"] == "")
        #expect(byColumn.storedColumn(byColumn.columnIndex("MIS_START")!) == ["01/05/2024", "", "03/06/2024"])
        #expect(byRow.storedColumn(0) == nil)
        #expect(byColumn == byRow && byColumn.hashValue == byRow.hashValue)
    }

    @Test func rowGroupsByChildAreInFileOrderAndFollowChanges() {
        var t = table()
        t.storeByColumn()
        #expect(t.rowGroupsByChild() == ["A": [0, 2], "B": [1]])
        t.rows[1][0] = "A"
        #expect(t.storedColumn(0) == nil)
        #expect(t[1, "CHILD"] == "A")
        #expect(t.rowGroupsByChild() == ["A": [0, 1, 2]])
        let noChild = SSDA903Table(name: .missing, file: "missing.csv", header: ["DOB"], rows: [["x"], ["y"]])
        #expect(noChild.rowGroupsByChild() == ["": [0, 1]])
    }

    @Test func columnNamesLongShortAndRepeatedAreFound() {
        var t = SSDA903Table(name: .episodes, file: "episodes.csv",
                             header: ["CHILD", "REASON_PLACE_CHANGE", "X", "X"], rows: [["1", "CARPL", "a", "b"]])
        t.storeByColumn()
        #expect(t[0, "REASON_PLACE_CHANGE"] == "CARPL")
        #expect(t[0, String("REASON_PLACE_") + "CHANGE"] == "CARPL")
        #expect(t[0, "X"] == "a")
        t.header = ["CHILD", "X", "REASON_PLACE_CHANGE", "Y"]
        #expect(t.columnIndex("X") == 1 && t.columnIndex("Y") == 3)
    }
}
