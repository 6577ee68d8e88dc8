/// The mask-selection penalty score of a finished symbol (ISO/IEC 18004 §7.8.3, Table 11);
/// the encoder keeps the mask with the lowest score.
enum QRPenalty {
    /// Sum of the four rules, for a `size`×`size` matrix read row by row.
    static func score(_ dark: [Bool], size: Int) -> Int {
        let rows = (0..<size).map { y in Array(dark[y * size..<(y + 1) * size]) }
        let columns = (0..<size).map { x in (0..<size).map { y in dark[y * size + x] } }
        let lines = rows + columns
        return lines.reduce(0) { $0 + runs($1) + finderLike($1) }
            + blocks(rows)
            + balance(dark)
    }

    /// Rule 1: N1 (3) plus one per module beyond five, for every run of five or more
    /// same-coloured modules in a row or column.
    static func runs(_ line: [Bool]) -> Int {
        var total = 0, length = 0
        for (index, module) in line.enumerated() {
            length = index > 0 && module == line[index - 1] ? length + 1 : 1
            if length == 5 { total += 3 } else if length > 5 { total += 1 }
        }
        return total
    }

    /// Rule 2: N2 (3) for every 2×2 block of one colour, overlapping blocks counted separately.
    static func blocks(_ rows: [[Bool]]) -> Int {
        var total = 0
        for y in 0..<rows.count - 1 {
            for x in 0..<rows.count - 1 {
                let colour = rows[y][x]
                if rows[y][x + 1] == colour, rows[y + 1][x] == colour, rows[y + 1][x + 1] == colour {
                    total += 3
                }
            }
        }
        return total
    }

    /// Rule 3: N3 (40) for every 1:1:3:1:1 finder-like run with four light modules on
    /// either side, i.e. each occurrence of 10111010000 or 00001011101 within the line.
    static func finderLike(_ line: [Bool]) -> Int {
        let before: [Bool] = [false, false, false, false, true, false, true, true, true, false, true]
        let after = Array(before.reversed())
        guard line.count >= before.count else { return 0 }
        var total = 0
        for start in 0...(line.count - before.count) {
            let window = line[start..<start + before.count]
            if window.elementsEqual(before) { total += 40 }
            if window.elementsEqual(after) { total += 40 }
        }
        return total
    }

    /// Rule 4: N4 (10) for every full 5 % the dark proportion lies away from 50 %.
    static func balance(_ dark: [Bool]) -> Int {
        let darkCount = dark.reduce(0) { $0 + ($1 ? 1 : 0) }
        let deviation = abs(darkCount * 20 - dark.count * 10) / dark.count
        return 10 * deviation
    }
}
