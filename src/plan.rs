//! A machine's plan in Azure beside its readiness: the VM size and disk tiers it would run
//! on, what they cost (with a price file), and where its OS is in its support life on the
//! day assessed. Reports ask the [`Planner`] machine by machine, as they write, so an estate
//! of any size is planned without holding every plan.

use std::collections::HashMap;

use crate::lifecycle::{Lifecycle, Support, SupportWhy};
use crate::model::{Date, Machine, Value};
use crate::sizing::catalogue::Catalogue;
use crate::sizing::{self, Sizing, SizingOptions};

/// What plans every machine of a run.
#[derive(Debug, Clone)]
pub struct Planner {
    /// The day support is judged at: `--as-of`, else today.
    pub day: Date,
    pub sizing: SizingOptions,
    pub catalogue: &'static Catalogue,
    pub lifecycle: &'static Lifecycle,
}

/// One machine's plan.
#[derive(Debug, Clone, PartialEq)]
pub struct Plan {
    pub support: Support,
    pub sizing: Sizing,
}

impl Planner {
    /// The shipped catalogue and lifecycle, sized as on premises, support judged on `day`.
    pub fn new(day: Date) -> Planner {
        let catalogue = Catalogue::builtin();
        Planner {
            day,
            sizing: SizingOptions::new(catalogue),
            catalogue,
            lifecycle: Lifecycle::builtin(),
        }
    }

    pub fn plan(&self, m: &Machine) -> Plan {
        Plan {
            support: self.support(m),
            sizing: sizing::size(m, self.catalogue, &self.sizing),
        }
    }

    pub fn support(&self, m: &Machine) -> Support {
        match &m.os {
            Value::Known(os) => {
                // An estate has a few hundred distinct OS labels and a million machines: each
                // label is judged once a thread.
                thread_local! {
                    static SEEN: std::cell::RefCell<(Option<Date>, HashMap<String, Support>)> =
                        std::cell::RefCell::new((None, HashMap::new()));
                }
                let run = self.day;
                let key = format!(
                    "{}\u{0}{}\u{0}{}",
                    os.product,
                    os.version.as_deref().unwrap_or(""),
                    os.raw
                );
                SEEN.with(|seen| {
                    let mut seen = seen.borrow_mut();
                    if seen.0 != Some(run) {
                        *seen = (Some(run), HashMap::new());
                    }
                    if let Some(s) = seen.1.get(&key) {
                        return s.clone();
                    }
                    let s = self.lifecycle.support(os, self.day);
                    if seen.1.len() < 10_000 {
                        seen.1.insert(key, s.clone());
                    }
                    s
                })
            }
            Value::Absent => Support::unknown(SupportWhy::NoOsColumn),
            _ => Support::unknown(SupportWhy::OsUnknown),
        }
    }
}
