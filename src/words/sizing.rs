//! A machine's size and disk tiers, how they were chosen, and the prices file's errors, in the
//! reader's language. [`crate::sizing`] chooses and says why in types; the words are here.

use super::Lang;
use crate::sizing::prices::PriceError;

/// A prices file that cannot be used (the JSON parser's own words stay as they are).
pub fn price_error(lang: Lang, e: &PriceError) -> String {
    use PriceError::*;
    match e {
        Io { file, err } => {
            crate::say!(lang, "size-price-io", file = file, err = lang.io_error(err))
        }
        Json { file, err } => {
            crate::say!(lang, "size-price-json", file = file, err = err.to_string())
        }
        Empty { file } => crate::say!(lang, "size-price-empty", file = file),
        Regions { file, regions } => {
            crate::say!(lang, "size-price-regions", file = file, regions = regions)
        }
        NoRegion {
            file,
            region,
            regions,
        } => crate::say!(
            lang,
            "size-price-no-region",
            file = file,
            region = region,
            regions = regions
        ),
        Currencies { file, currencies } => crate::say!(
            lang,
            "size-price-currencies",
            file = file,
            currencies = currencies
        ),
        Over { file, why } => crate::say!(
            lang,
            "size-price-over",
            file = file,
            why = super::limits::over(lang, why)
        ),
    }
}
