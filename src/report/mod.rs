//! Exporters: one module per output format. An exporter never decides a verdict.

pub mod json;
