//! `decode`: bytes of unknown encoding → text, or a clear error.
//!
//! # Detection order
//!
//! 1. Empty input, or a byte-order mark alone → [`DecodeError::Empty`].
//! 2. A byte-order mark decides: UTF-8 (`EF BB BF`), UTF-16LE (`FF FE`),
//!    UTF-16BE (`FE FF`). The BOM is not part of the text.
//! 3. UTF-16 without a BOM is read when its bytes have the shape of Arabic
//!    text (see [`looks_utf16`]); otherwise NUL bytes, or mostly control
//!    bytes, → [`DecodeError::Binary`].
//! 4. Valid UTF-8 → UTF-8. Invalid only in its last one to three bytes,
//!    after some valid non-ASCII UTF-8 → [`DecodeError::Truncated`].
//! 5. Invalid UTF-8 that still holds more valid multi-byte characters than
//!    bad sequences is damaged UTF-8, not a legacy encoding →
//!    [`DecodeError::Invalid`] at the first bad byte.
//! 6. Otherwise `chardetng` guesses a legacy encoding (Arabic text gives
//!    `windows-1256` or `ISO-8859-6`) and `encoding_rs` decodes it; bytes
//!    that the guessed encoding does not map → [`DecodeError::Invalid`].
//!
//! Never panics.

use chardetng::{EncodingDetector, Iso2022JpDetection, Utf8Detection};
use encoding_rs::{DecoderResult, Encoding, UTF_16BE, UTF_16LE, UTF_8};

use crate::error::DecodeError;

/// Decoded text and the encoding it was in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decoded {
    /// The text, without any byte-order mark.
    pub text: String,
    /// The encoding's name (`UTF-8`, `UTF-16LE`, `windows-1256`, …).
    pub encoding: &'static str,
}

/// Decodes bytes of unknown encoding (see the module docs for the order).
///
/// # Errors
///
/// [`DecodeError::Empty`], [`DecodeError::Binary`],
/// [`DecodeError::Truncated`] or [`DecodeError::Invalid`], as above. The
/// error does not know the file name; the caller adds it.
///
/// ```
/// let d = marsad_text::decode("\u{FEFF}دمشق".as_bytes()).unwrap();
/// assert_eq!((d.text.as_str(), d.encoding), ("دمشق", "UTF-8"));
/// assert!(marsad_text::decode(b"").is_err());
/// ```
pub fn decode(bytes: &[u8]) -> Result<Decoded, DecodeError> {
    if bytes.is_empty() {
        return Err(DecodeError::Empty);
    }
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        if bytes.len() == bom_len {
            return Err(DecodeError::Empty);
        }
        return decode_strict(encoding, &bytes[bom_len..], bom_len);
    }
    if let Some(encoding) = utf16_without_bom(bytes) {
        if let Ok(decoded) = decode_strict(encoding, bytes, 0) {
            return Ok(decoded);
        }
    }
    if looks_binary(bytes) {
        return Err(DecodeError::Binary);
    }
    let error = match std::str::from_utf8(bytes) {
        Ok(text) => return Ok(Decoded { text: text.to_string(), encoding: UTF_8.name() }),
        Err(e) => e,
    };
    let offset = error.valid_up_to();
    let valid_multi_byte = std::str::from_utf8(&bytes[..offset]).map_or(0, |s| s.len() - s.chars().count());
    if error.error_len().is_none() && valid_multi_byte > 0 {
        // The only problem is an incomplete character at the very end of
        // text that is otherwise UTF-8 with non-ASCII in it. (ASCII followed
        // by one high byte is more likely a legacy encoding: fall through.)
        return Err(DecodeError::Truncated { encoding: UTF_8.name(), offset });
    }
    if is_damaged_utf8(bytes) {
        return Err(DecodeError::Invalid { encoding: UTF_8.name(), offset });
    }
    let mut detector = EncodingDetector::new(Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    let encoding = detector.guess(None, Utf8Detection::Deny);
    decode_strict(encoding, bytes, 0)
}

/// Decodes with one encoding, failing at the first malformed sequence.
/// `base` is added to offsets (the length of a stripped BOM).
fn decode_strict(encoding: &'static Encoding, bytes: &[u8], base: usize) -> Result<Decoded, DecodeError> {
    let mut decoder = encoding.new_decoder_without_bom_handling();
    let capacity = decoder.max_utf8_buffer_length_without_replacement(bytes.len()).unwrap_or(bytes.len() * 3);
    let mut text = String::with_capacity(capacity);
    let (result, read) = decoder.decode_to_string_without_replacement(bytes, &mut text, true);
    match result {
        DecoderResult::InputEmpty => Ok(Decoded { text, encoding: encoding.name() }),
        DecoderResult::Malformed(bad, _) => {
            let offset = base + read.saturating_sub(usize::from(bad));
            let multi_byte = encoding == UTF_16LE || encoding == UTF_16BE || encoding == UTF_8;
            if multi_byte && read == bytes.len() && bytes.len() - (offset - base) <= 3 {
                // The bad sequence is an incomplete character at the very end.
                return Err(DecodeError::Truncated { encoding: encoding.name(), offset });
            }
            Err(DecodeError::Invalid { encoding: encoding.name(), offset })
        }
        // The buffer was sized for the worst case, so this does not happen;
        // report it rather than loop.
        DecoderResult::OutputFull => {
            Err(DecodeError::Invalid { encoding: encoding.name(), offset: base + read })
        }
    }
}

/// NUL bytes anywhere, or more than one control byte in ten among the
/// first 8 KiB (tab, newline, carriage return, form feed and escape aside).
/// Whether a file that begins with `head` is UTF-16: it has a UTF-16 byte-order mark, or it has
/// the shape of Arabic UTF-16 text without one (below). A line reader must know before it reads:
/// UTF-16 has no `\n` byte to cut lines at, so such a file is decoded whole with [`decode`] first.
/// `head` may be any prefix of the file; the first 4 KiB are enough.
pub fn looks_utf16(head: &[u8]) -> bool {
    if let Some((encoding, _)) = Encoding::for_bom(head) {
        return encoding == UTF_16LE || encoding == UTF_16BE;
    }
    let head = &head[..head.len().min(4096) & !1];
    utf16_without_bom(head).is_some()
}

/// UTF-16 without a byte order mark, as some Windows tools save Arabic text. The high byte of each
/// code unit is then 0x06 (the Arabic block) or 0x00 (spaces, digits, Latin punctuation), so one byte
/// of each pair holds little else; that byte comes second in little-endian order. Neither UTF-8 nor
/// the legacy Arabic encodings ever put 0x06 there (their Arabic letters are bytes above 0x80), and a
/// tenth of the units must be Arabic letters, so binary data padded with NULs is not read as text.
fn utf16_without_bom(bytes: &[u8]) -> Option<&'static Encoding> {
    if bytes.len() < 8 || !bytes.len().is_multiple_of(2) {
        return None;
    }
    let head = &bytes[..bytes.len().min(4096)];
    let units = head.len() / 2;
    let count = |first: usize, wanted: fn(u8) -> bool| {
        head.iter().skip(first).step_by(2).filter(|&&b| wanted(b)).count()
    };
    let reads_as = |high: usize| {
        count(high, |b| b == 0x00 || b == 0x06) * 10 >= units * 9 && count(high, |b| b == 0x06) * 10 >= units
    };
    if reads_as(1) {
        Some(UTF_16LE)
    } else if reads_as(0) {
        Some(UTF_16BE)
    } else {
        None
    }
}

fn looks_binary(bytes: &[u8]) -> bool {
    if bytes.contains(&0) {
        return true;
    }
    let head = &bytes[..bytes.len().min(8192)];
    let controls =
        head.iter().filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C | 0x1B)).count();
    controls * 10 > head.len()
}

/// True when the bytes hold more well-formed multi-byte UTF-8 characters
/// than malformed sequences. Legacy Arabic encodings almost never form a
/// valid multi-byte UTF-8 character by chance.
fn is_damaged_utf8(bytes: &[u8]) -> bool {
    let (mut good, mut bad) = (0usize, 0usize);
    for chunk in bytes.utf8_chunks() {
        good += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        bad += usize::from(!chunk.invalid().is_empty());
    }
    good > bad
}

#[cfg(test)]
mod tests {
    use super::*;

    const DAMASCUS: &str = "قصفت الطائرات ريف دمشق";

    #[test]
    fn utf8_with_and_without_bom() {
        let plain = decode(DAMASCUS.as_bytes()).unwrap();
        assert_eq!((plain.text.as_str(), plain.encoding), (DAMASCUS, "UTF-8"));
        let with_bom = [b"\xEF\xBB\xBF".as_slice(), DAMASCUS.as_bytes()].concat();
        assert_eq!(decode(&with_bom).unwrap(), plain);
    }

    #[test]
    fn utf16_with_bom() {
        let le: Vec<u8> =
            [0xFF, 0xFE].into_iter().chain(DAMASCUS.encode_utf16().flat_map(u16::to_le_bytes)).collect();
        let be: Vec<u8> =
            [0xFE, 0xFF].into_iter().chain(DAMASCUS.encode_utf16().flat_map(u16::to_be_bytes)).collect();
        assert_eq!(decode(&le).unwrap(), Decoded { text: DAMASCUS.into(), encoding: "UTF-16LE" });
        assert_eq!(decode(&be).unwrap(), Decoded { text: DAMASCUS.into(), encoding: "UTF-16BE" });
    }

    #[test]
    fn utf16_is_recognised_from_the_head_of_a_file() {
        let le: Vec<u8> = DAMASCUS.encode_utf16().flat_map(u16::to_le_bytes).collect();
        let mut bom = vec![0xFF, 0xFE];
        bom.extend(&le);
        assert!(looks_utf16(&le) && looks_utf16(&bom));
        // An odd-length prefix (a read that stopped mid-unit) still tells.
        assert!(looks_utf16(&le[..le.len() - 1]));
        assert!(!looks_utf16(DAMASCUS.as_bytes()) && !looks_utf16("\u{FEFF}دمشق".as_bytes()));
        assert!(!looks_utf16(b"{\"id\": 1}\n"));
    }

    #[test]
    fn utf16_without_bom() {
        let le: Vec<u8> = DAMASCUS.encode_utf16().flat_map(u16::to_le_bytes).collect();
        let be: Vec<u8> = DAMASCUS.encode_utf16().flat_map(u16::to_be_bytes).collect();
        assert_eq!(decode(&le).unwrap(), Decoded { text: DAMASCUS.into(), encoding: "UTF-16LE" });
        assert_eq!(decode(&be).unwrap(), Decoded { text: DAMASCUS.into(), encoding: "UTF-16BE" });
        // NUL-padded binary and Latin-only UTF-16 are not taken for Arabic text.
        assert_eq!(decode(&[0x01, 0x00, 0x02, 0x00, 0x03, 0x00, 0x04, 0x00]), Err(DecodeError::Binary));
        let latin: Vec<u8> = "Syria news".encode_utf16().flat_map(u16::to_le_bytes).collect();
        assert_eq!(decode(&latin), Err(DecodeError::Binary));
    }

    #[test]
    fn windows_1256_detected() {
        let sentence = "قالت وزارة الدفاع الروسية إن دورية مشتركة مع القوات التركية سيرت على طريق حلب اللاذقية الدولي يوم الثلاثاء، وإن المنطقة تشهد هدوءا حذرا منذ أسابيع.";
        let (bytes, _, unmappable) = encoding_rs::WINDOWS_1256.encode(sentence);
        assert!(!unmappable);
        let d = decode(&bytes).unwrap();
        assert_eq!(d.encoding, "windows-1256");
        assert_eq!(d.text, sentence);
    }

    #[test]
    fn iso_8859_6_detected() {
        let sentence = "قالت وزارة الدفاع الروسية إن دورية مشتركة مع القوات التركية سيرت على طريق حلب اللاذقية الدولي يوم الثلاثاء، وإن المنطقة تشهد هدوءا حذرا منذ أسابيع.";
        let iso = encoding_rs::Encoding::for_label(b"iso-8859-6").unwrap();
        let (bytes, _, unmappable) = iso.encode(sentence);
        assert!(!unmappable);
        let d = decode(&bytes).unwrap();
        assert_eq!(d.encoding, "ISO-8859-6");
        assert_eq!(d.text, sentence);
    }

    #[test]
    fn utf16_errors() {
        let mut le: Vec<u8> =
            [0xFF, 0xFE].into_iter().chain(DAMASCUS.encode_utf16().flat_map(u16::to_le_bytes)).collect();
        le.push(0x27);
        assert_eq!(decode(&le), Err(DecodeError::Truncated { encoding: "UTF-16LE", offset: le.len() - 1 }));
        // A lone low surrogate in the middle.
        let mut bad: Vec<u8> = vec![0xFF, 0xFE, 0x27, 0x06, 0x00, 0xDC, 0x27, 0x06];
        assert!(matches!(decode(&bad), Err(DecodeError::Invalid { encoding: "UTF-16LE", .. })));
        bad.truncate(2);
        assert_eq!(decode(&bad), Err(DecodeError::Empty), "a BOM alone is an empty file");
    }

    #[test]
    fn errors() {
        assert_eq!(decode(b""), Err(DecodeError::Empty));
        assert_eq!(decode(b"PK\x03\x04\x00\x00binary"), Err(DecodeError::Binary));
        let bytes = DAMASCUS.as_bytes();
        assert_eq!(
            decode(&bytes[..bytes.len() - 1]),
            Err(DecodeError::Truncated { encoding: "UTF-8", offset: bytes.len() - 2 })
        );
        // ASCII and one trailing windows-1256 letter is not truncated UTF-8.
        let legacy = decode(b"Syria: \xD3").unwrap();
        assert_ne!(legacy.encoding, "UTF-8");
        let mut damaged = bytes.to_vec();
        damaged[4] = 0xFF;
        assert_eq!(decode(&damaged), Err(DecodeError::Invalid { encoding: "UTF-8", offset: 4 }));
    }
}
