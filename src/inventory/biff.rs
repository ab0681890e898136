//! What an xls's cells will cost calamine before it builds them. calamine reads an xls whole and
//! gives every cell that refers to a shared string (a LABELSST record) its own copy of it, so a
//! small file whose one long string is referred to by every cell would build gigabytes. The
//! workbook stream's records say how long each shared string is and how many cells refer to
//! which: their sum is the text calamine would build, counted here in fixed memory.

/// BIFF record types read here.
const SST: u16 = 0x00FC;
const CONTINUE: u16 = 0x003C;
const LABELSST: u16 = 0x00FD;

/// The records of a workbook stream: (type, payload).
fn records(stream: &[u8]) -> impl Iterator<Item = (u16, &[u8])> {
    let mut at = 0usize;
    std::iter::from_fn(move || {
        let head = stream.get(at..at + 4)?;
        let kind = u16::from_le_bytes([head[0], head[1]]);
        let len = usize::from(u16::from_le_bytes([head[2], head[3]]));
        let body = stream.get(at + 4..at + 4 + len)?;
        at += 4 + len;
        Some((kind, body))
    })
}

/// The UTF-8 bytes each shared string can take at most (a one-byte character as two, a
/// two-byte one as three), in table order. The table runs on over CONTINUE records, and a
/// string's characters may too: each continued piece starts with its own flags byte.
fn string_sizes(stream: &[u8]) -> Vec<u64> {
    // The SST record and the CONTINUE records right after it, as pieces.
    let mut pieces: Vec<&[u8]> = Vec::new();
    let mut in_sst = false;
    for (kind, body) in records(stream) {
        match kind {
            SST => {
                pieces.push(body.get(8..).unwrap_or_default());
                in_sst = true;
            }
            CONTINUE if in_sst => pieces.push(body),
            _ if in_sst => break,
            _ => {}
        }
    }
    let mut sizes = Vec::new();
    let (mut p, mut at) = (0usize, 0usize);
    // Reads `n` bytes across pieces (a string's header, its runs, its extension).
    let skip = |p: &mut usize, at: &mut usize, mut n: usize| -> Option<()> {
        while n > 0 {
            let piece = pieces.get(*p)?;
            let left = piece.len() - *at;
            if left == 0 {
                *p += 1;
                *at = 0;
                continue;
            }
            let take = left.min(n);
            *at += take;
            n -= take;
        }
        Some(())
    };
    let byte = |p: &mut usize, at: &mut usize| -> Option<u8> {
        loop {
            let piece = pieces.get(*p)?;
            if *at < piece.len() {
                *at += 1;
                return Some(piece[*at - 1]);
            }
            *p += 1;
            *at = 0;
        }
    };
    while let (Some(lo), Some(hi)) = (byte(&mut p, &mut at), byte(&mut p, &mut at)) {
        let chars = usize::from(u16::from_le_bytes([lo, hi]));
        let Some(flags) = byte(&mut p, &mut at) else {
            break;
        };
        let (mut wide, rich, ext) = (flags & 1 == 1, flags & 8 != 0, flags & 4 != 0);
        let mut runs = 0usize;
        if rich {
            let (Some(a), Some(b)) = (byte(&mut p, &mut at), byte(&mut p, &mut at)) else {
                break;
            };
            runs = usize::from(u16::from_le_bytes([a, b]));
        }
        let mut ext_len = 0usize;
        if ext {
            let mut n = [0u8; 4];
            for b in &mut n {
                match byte(&mut p, &mut at) {
                    Some(x) => *b = x,
                    None => return sizes,
                }
            }
            ext_len = u32::from_le_bytes(n) as usize;
        }
        // The characters, piece by piece: a continued piece restates the width.
        let mut left = chars;
        let mut size = 0u64;
        while left > 0 {
            let Some(piece) = pieces.get(p) else {
                return sizes;
            };
            if at == piece.len() {
                p += 1;
                let Some(next) = pieces.get(p) else {
                    return sizes;
                };
                let Some(&f) = next.first() else {
                    return sizes;
                };
                wide = f & 1 == 1;
                at = 1;
                continue;
            }
            let width = if wide { 2 } else { 1 };
            let here = ((piece.len() - at) / width).min(left).max(1);
            at = (at + here * width).min(piece.len());
            left -= here;
            size += here as u64 * if wide { 3 } else { 2 };
        }
        sizes.push(size);
        if skip(&mut p, &mut at, runs * 4 + ext_len).is_none() {
            break;
        }
    }
    sizes
}

/// The UTF-8 bytes of text calamine would build for the cells that refer to shared strings:
/// each LABELSST cell, the size of the string it names.
pub fn shared_text_bytes(stream: &[u8]) -> u64 {
    let sizes = string_sizes(stream);
    records(stream)
        .filter(|(kind, body)| *kind == LABELSST && body.len() >= 10)
        .map(|(_, body)| {
            let i = u32::from_le_bytes([body[6], body[7], body[8], body[9]]) as usize;
            sizes.get(i).copied().unwrap_or(0)
        })
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(kind: u16, body: &[u8]) -> Vec<u8> {
        let mut r = kind.to_le_bytes().to_vec();
        r.extend((body.len() as u16).to_le_bytes());
        r.extend(body);
        r
    }

    fn label(row: u16, isst: u32) -> Vec<u8> {
        let mut b = row.to_le_bytes().to_vec();
        b.extend([0, 0, 0, 0]);
        b.extend(isst.to_le_bytes());
        record(LABELSST, &b)
    }

    #[test]
    fn every_reference_counts_its_strings_size() {
        // Two strings: "abc" (one byte a character) and "가나" (two).
        let mut sst = vec![0; 8];
        sst.extend([3, 0, 0]);
        sst.extend(b"abc");
        sst.extend([2, 0, 1]);
        sst.extend("가나".encode_utf16().flat_map(|u| u.to_le_bytes()));
        let mut stream = record(SST, &sst);
        for row in 0..10 {
            stream.extend(label(row, 0));
        }
        stream.extend(label(10, 1));
        assert_eq!(string_sizes(&stream), [6, 6]);
        assert_eq!(shared_text_bytes(&stream), 10 * 6 + 6);
    }

    #[test]
    fn a_string_continued_in_the_next_record_is_whole() {
        // 300 characters: 100 in the SST record, 200 after a CONTINUE (its flags byte first).
        let mut sst = vec![0; 8];
        sst.extend([44, 1, 0]);
        sst.extend([b'x'; 100]);
        let mut cont = vec![0u8];
        cont.extend([b'y'; 200]);
        let mut stream = record(SST, &sst);
        stream.extend(record(CONTINUE, &cont));
        stream.extend(label(0, 0));
        assert_eq!(string_sizes(&stream), [600]);
        assert_eq!(shared_text_bytes(&stream), 600);
    }

    #[test]
    fn damaged_streams_end_the_count_without_a_panic() {
        for bytes in [&b""[..], &[0xFC, 0, 9, 0, 1], &[0xFD, 0, 2, 0, 1, 2]] {
            let _ = shared_text_bytes(bytes);
        }
    }
}
