//! Stable pseudonyms officers see instead of a resident's handle or number.

use rand::Rng;

/// Letters and digits that cannot be mistaken for each other (no 0/O, 1/I/L, U).
const ALPHABET: &[u8] = b"23456789ABCDEFGHJKMNPQRSTVWXYZ";

/// A random code such as `7QK4`; 30⁴ = 810 000 possibilities. The storage
/// layer retries on the rare collision.
pub fn random_code(rng: &mut impl Rng, len: usize) -> String {
    (0..len)
        .map(|_| ALPHABET[rng.random_range(0..ALPHABET.len())] as char)
        .collect()
}

/// The pseudonym shown to officers.
pub fn pseudonym(code: &str) -> String {
    format!("Resident {code}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::SeedableRng;

    #[test]
    fn codes_use_the_unambiguous_alphabet() {
        let mut rng = rand::rngs::StdRng::seed_from_u64(7);
        for _ in 0..1000 {
            let code = random_code(&mut rng, 4);
            assert_eq!(code.len(), 4);
            assert!(code.bytes().all(|b| ALPHABET.contains(&b)), "{code}");
        }
    }
}
