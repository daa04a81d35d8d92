//! The crate's one error type: why bytes could not be read as text.
//!
//! Only [`decode`](crate::decode) can fail; everything else in this crate
//! works on any `&str`. Messages are lowercase and name the problem; the
//! caller adds the file name (`"data/x.txt: truncated UTF-8 at byte 1021"`).

/// Why bytes could not be decoded into text.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum DecodeError {
    /// The input is empty.
    Empty,
    /// The input looks binary (NUL bytes or mostly control characters),
    /// not text in any encoding.
    Binary,
    /// The input is not valid in the encoding it was detected as.
    Invalid {
        /// The encoding tried (`UTF-8`, `UTF-16LE`, `ISO-8859-6`, …).
        encoding: &'static str,
        /// Byte offset of the first bad sequence.
        offset: usize,
    },
    /// Valid UTF-8 up to its last one to three bytes, which start a
    /// character that never ends: the file was cut off.
    Truncated {
        /// The encoding (`UTF-8`).
        encoding: &'static str,
        /// Byte offset of the incomplete character.
        offset: usize,
    },
}

impl std::fmt::Display for DecodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DecodeError::Empty => write!(f, "empty input"),
            DecodeError::Binary => write!(f, "binary data, not text"),
            DecodeError::Invalid { encoding, offset } => write!(f, "invalid {encoding} at byte {offset}"),
            DecodeError::Truncated { encoding, offset } => {
                write!(f, "truncated {encoding}: incomplete character at byte {offset} (file cut off?)")
            }
        }
    }
}

impl std::error::Error for DecodeError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages() {
        assert_eq!(DecodeError::Empty.to_string(), "empty input");
        assert_eq!(DecodeError::Binary.to_string(), "binary data, not text");
        assert_eq!(
            DecodeError::Invalid { encoding: "UTF-8", offset: 7 }.to_string(),
            "invalid UTF-8 at byte 7"
        );
        assert_eq!(
            DecodeError::Truncated { encoding: "UTF-8", offset: 1021 }.to_string(),
            "truncated UTF-8: incomplete character at byte 1021 (file cut off?)"
        );
    }
}
