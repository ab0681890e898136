//! `--where`: the subset of machines a run assesses. The grammar is small on purpose:
//!
//! ```text
//! condition := FIELD "=" VALUE | FIELD "!=" VALUE
//! FIELD     := powerstate | template | cluster | datacenter | folder | host | os | name
//!            | tier | application | any column the importer kept (its header)
//! ```
//!
//! Fields and values compare without regard to case or surrounding blanks; `powerstate`
//! takes `on`, `off` or `suspended` (RVTools' `poweredOn`, Hyper-V's `Running` read as
//! `on`); `template` takes `yes`/`no` (also `true`/`false`, `y`/`n`, `1`/`0`). Several
//! conditions must all hold. A machine whose value is blank or whose inventory has no value
//! for it does not match (its value is unknown, never guessed) and is out of scope with that
//! reason; a field the inventory has no column for at all is refused.

use super::EstateError;
use crate::inventory::Inventory;
use crate::model::{Field, Machine, Value};

/// What a condition looks at.
#[derive(Debug, Clone, PartialEq)]
pub enum Key {
    PowerState,
    /// Templates are never machines (RVTools' template rows are skipped rows in data
    /// quality), so every machine is `template=no`.
    Template,
    Cluster,
    Datacenter,
    Folder,
    Host,
    /// The OS as read (its catalogue product's name or the text as written).
    Os,
    Name,
    Tier,
    Application,
    /// A column the importer kept under its header (a tag).
    Column(String),
}

/// A power state as `--where` names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Power {
    On,
    Off,
    Suspended,
}

/// What a condition compares with.
#[derive(Debug, Clone, PartialEq)]
pub enum Wanted {
    Power(Power),
    Yes(bool),
    /// Lower-cased, trimmed.
    Text(String),
}

/// One `--where` condition, as parsed.
#[derive(Debug, Clone, PartialEq)]
pub struct Condition {
    /// As the reader wrote it.
    pub text: String,
    pub key: Key,
    pub negated: bool,
    pub wanted: Wanted,
}

/// Why a machine is out of scope.
#[derive(Debug, Clone, PartialEq)]
pub struct Excluded {
    pub machine: Machine,
    /// The first condition it does not meet (an index into [`Scope::conditions`]).
    pub condition: usize,
    /// Its value for that condition is unknown (blank or not given), not another value.
    pub unknown: bool,
}

/// The subset assessed: the conditions, and every machine left out with why.
#[derive(Debug, Default)]
pub struct Scope {
    pub conditions: Vec<Condition>,
    pub excluded: Vec<Excluded>,
    /// Machines the inventory held before the scope was applied.
    pub machines_before: usize,
}

impl Scope {
    /// A scope was asked for.
    pub fn asked(&self) -> bool {
        !self.conditions.is_empty()
    }
}

/// The fields `--where` knows by name, as the reader writes them.
pub const FIELDS: &str =
    "powerstate, template, cluster, datacenter, folder, host, os, name, tier, application";

fn squash(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Parses one `--where` expression.
pub fn parse(text: &str) -> Result<Condition, EstateError> {
    let expr = text.to_string();
    let (field, value, negated) = if let Some((f, v)) = text.split_once("!=") {
        (f, v, true)
    } else if let Some((f, v)) = text.split_once('=') {
        (f, v, false)
    } else {
        return Err(EstateError::NoOperator { expr });
    };
    let (field, value) = (field.trim(), value.trim());
    if field.is_empty() {
        return Err(EstateError::NoField { expr });
    }
    if value.is_empty() {
        return Err(EstateError::NoValue { expr });
    }
    let key = match squash(field).as_str() {
        "powerstate" | "power" => Key::PowerState,
        "template" => Key::Template,
        "cluster" => Key::Cluster,
        "datacenter" | "datacentre" => Key::Datacenter,
        "folder" => Key::Folder,
        "host" => Key::Host,
        "os" => Key::Os,
        "name" | "vm" | "machine" => Key::Name,
        "tier" => Key::Tier,
        "application" | "app" => Key::Application,
        _ => Key::Column(field.to_string()),
    };
    let v = value.to_ascii_lowercase();
    let wanted = match key {
        Key::PowerState => Wanted::Power(power_word(&v).ok_or(EstateError::BadValue {
            expr: expr.clone(),
            value: value.to_string(),
            allowed: "on, off, suspended",
        })?),
        Key::Template => Wanted::Yes(yes_no(&v).ok_or(EstateError::BadValue {
            expr: expr.clone(),
            value: value.to_string(),
            allowed: "yes, no",
        })?),
        _ => Wanted::Text(value.to_lowercase()),
    };
    Ok(Condition {
        text: expr,
        key,
        negated,
        wanted,
    })
}

fn yes_no(v: &str) -> Option<bool> {
    match v {
        "yes" | "y" | "true" | "1" | "on" => Some(true),
        "no" | "n" | "false" | "0" | "off" => Some(false),
        _ => None,
    }
}

/// A power state as written by RVTools (`poweredOn`), Hyper-V (`Running`), Azure Migrate
/// (`On`) or a person.
pub fn power_word(v: &str) -> Option<Power> {
    match squash(v).as_str() {
        "on" | "poweredon" | "running" | "yes" | "started" => Some(Power::On),
        "off" | "poweredoff" | "stopped" | "no" | "shutdown" => Some(Power::Off),
        "suspended" | "saved" | "paused" => Some(Power::Suspended),
        _ => None,
    }
}

/// The field an inventory must have a column for, for a key.
fn field_of(key: &Key) -> Option<Field> {
    Some(match key {
        Key::PowerState => Field::PowerState,
        Key::Cluster => Field::Cluster,
        Key::Datacenter => Field::Datacenter,
        Key::Folder => Field::Folder,
        Key::Host => Field::Host,
        Key::Tier => Field::Tier,
        Key::Application => Field::Application,
        Key::Template | Key::Os | Key::Name | Key::Column(_) => return None,
    })
}

/// A machine's value for a key: `None` when unknown.
fn text_of(m: &Machine, key: &Key) -> Option<String> {
    let v = |x: &Value<String>| x.known().map(|s| s.trim().to_lowercase());
    match key {
        Key::PowerState | Key::Template => None,
        Key::Cluster => v(&m.placement.cluster),
        Key::Datacenter => v(&m.placement.datacenter),
        Key::Folder => v(&m.placement.folder),
        Key::Host => v(&m.host.name),
        Key::Tier => v(&m.dr.tier),
        Key::Application => v(&m.dr.application),
        Key::Name => Some(m.name.trim().to_lowercase()),
        Key::Os => None,
        Key::Column(h) => {
            let h = squash(h);
            m.tags
                .iter()
                .find(|(k, _)| squash(k) == h)
                .map(|(_, t)| t.trim().to_lowercase())
                .filter(|t| !t.is_empty())
        }
    }
}

/// Whether a machine meets a condition: `Some(bool)`, or `None` when its value is unknown.
pub fn meets(m: &Machine, c: &Condition) -> Option<bool> {
    let hit = match (&c.key, &c.wanted) {
        (Key::PowerState, Wanted::Power(p)) => {
            let state = m.power_state.known().and_then(|s| power_word(s))?;
            state == *p
        }
        (Key::Template, Wanted::Yes(y)) => !*y,
        (Key::Os, Wanted::Text(t)) => {
            let os = m.os.known()?;
            let name = crate::os::product_name(&os.product).map(str::to_lowercase);
            os.raw.to_lowercase() == *t
                || name.as_deref() == Some(t)
                || os.product == *t
                || name.is_some_and(|n| {
                    os.version
                        .as_deref()
                        .is_some_and(|v| format!("{n} {}", v.to_lowercase()) == *t)
                })
        }
        (k, Wanted::Text(t)) => text_of(m, k)? == *t,
        _ => return None,
    };
    Some(hit != c.negated)
}

/// Keeps in `inv.machines` only the machines every condition holds for, in their order; the
/// others are moved to the scope with why. A field the inventory has no column for is refused.
pub fn apply(inv: &mut Inventory, conditions: Vec<Condition>) -> Result<Scope, EstateError> {
    for c in &conditions {
        let has = match (&c.key, field_of(&c.key)) {
            (_, Some(f)) => inv.has_field(f),
            (Key::Column(h), None) => {
                let h = squash(h);
                // Only a column the importer kept has values to compare (RVTools vInfo's
                // other columns are listed by `inspect`, not kept).
                inv.machines
                    .iter()
                    .any(|m| m.tags.iter().any(|(k, _)| squash(k) == h))
            }
            (Key::Os, None) => inv.has_field(Field::Os) || inv.has_field(Field::OsAlt),
            _ => true,
        };
        if !has {
            return Err(match &c.key {
                Key::Column(h) => EstateError::UnknownField {
                    expr: c.text.clone(),
                    field: h.clone(),
                },
                _ => EstateError::NoColumn {
                    what: c.text.clone(),
                },
            });
        }
    }
    let mut scope = Scope {
        machines_before: inv.machines.len(),
        ..Scope::default()
    };
    if conditions.is_empty() {
        return Ok(scope);
    }
    let machines = std::mem::take(&mut inv.machines);
    for m in machines {
        let miss = conditions
            .iter()
            .enumerate()
            .find_map(|(i, c)| match meets(&m, c) {
                Some(true) => None,
                Some(false) => Some((i, false)),
                None => Some((i, true)),
            });
        match miss {
            None => inv.machines.push(m),
            Some((condition, unknown)) => scope.excluded.push(Excluded {
                machine: m,
                condition,
                unknown,
            }),
        }
    }
    scope.conditions = conditions;
    Ok(scope)
}
