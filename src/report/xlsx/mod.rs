//! The workbook a consultant hands to a customer: one file that reads well on its own.
//!
//! Sheets: Summary (what was assessed, readiness per target with a chart, top blockers, DR
//! totals, coverage gaps), Machines, Findings, Disks, DR, Rules, Data quality. Every data
//! sheet has a frozen header row and name column, an autofilter and units in its headers;
//! numbers are numbers. Inventory text is always written as a string, never as a formula or
//! a link. The creation time honours `SOURCE_DATE_EPOCH`, so the same run gives the same bytes.

mod data_quality;
mod machines;
mod rules;
mod sizing;
mod summary;

use crate::model::run_seconds;
use crate::words::report::{dr, label, readiness};
use rust_xlsxwriter::{
    Color, ConditionalFormatCell, ConditionalFormatCellRule, DocProperties, ExcelDateTime, Format,
    FormatAlign, FormatBorder, Url, Workbook, Worksheet, XlsxError,
};

use crate::engine::Evaluation;
use crate::inventory::Inventory;
use crate::plan::Planner;
use crate::words::Lang;

/// Excel keeps at most 65,530 hyperlinks a sheet; past that, references are plain text.
const MAX_LINKS: u32 = 65_000;
/// Excel's cell text limit is 32,767 characters.
const MAX_TEXT: usize = 32_000;
/// Rows a sheet can hold below its header.
pub const MAX_ROWS: u32 = 1_048_575;

/// What every sheet shares: the formats, and the reader's language.
pub struct Styles {
    pub lang: Lang,
    pub header: Format,
    pub title: Format,
    pub subtitle: Format,
    pub label: Format,
    pub int: Format,
    pub gb: Format,
    pub dec: Format,
    /// A day: `2027-01-12`, in Korean `2027년 1월 12일` (Excel's Korean long date).
    pub date: Format,
    pub wrap: Format,
    /// Short text in a row whose other cells wrap: at the top, beside them.
    pub top: Format,
    /// Text right after a number column, set off from it.
    pub indent: Format,
    pub link: Format,
    pub ready: Format,
    /// Ready, partly checked: blocking rules not evaluated.
    pub ready_partly: Format,
    pub conditions: Format,
    pub conditions_partly: Format,
    pub not_ready: Format,
    pub unknown: Format,
    pub not_applicable: Format,
}

impl Styles {
    /// Every format, in a fixed order.
    fn all(&self) -> [&Format; 19] {
        [
            &self.header,
            &self.title,
            &self.subtitle,
            &self.label,
            &self.int,
            &self.gb,
            &self.dec,
            &self.date,
            &self.wrap,
            &self.top,
            &self.indent,
            &self.link,
            &self.ready,
            &self.ready_partly,
            &self.conditions,
            &self.conditions_partly,
            &self.not_ready,
            &self.unknown,
            &self.not_applicable,
        ]
    }

    /// A header's message ids and widths as its words and widths.
    pub fn heads(&self, cols: &[(&str, f64)]) -> Vec<(&'static str, f64)> {
        cols.iter()
            .map(|(id, w)| (label(self.lang, id), *w))
            .collect()
    }

    fn new(lang: Lang) -> Styles {
        let fill = |bg: u32, fg: u32| {
            Format::new()
                .set_background_color(Color::RGB(bg))
                .set_font_color(Color::RGB(fg))
        };
        Styles {
            lang,
            header: Format::new()
                .set_bold()
                .set_background_color(Color::RGB(0x1F3864))
                .set_font_color(Color::White)
                .set_text_wrap()
                .set_align(FormatAlign::Top)
                .set_border_bottom(FormatBorder::Thin),
            title: Format::new().set_bold().set_font_size(16),
            subtitle: Format::new()
                .set_bold()
                .set_font_size(12)
                .set_font_color(Color::RGB(0x1F3864)),
            label: Format::new().set_bold(),
            int: Format::new().set_num_format("#,##0"),
            gb: Format::new().set_num_format("#,##0.0"),
            dec: Format::new().set_num_format("#,##0.00"),
            date: Format::new()
                .set_num_format(label(lang, "rep-xlsx-date-format"))
                .set_align(FormatAlign::Left),
            wrap: Format::new().set_text_wrap().set_align(FormatAlign::Top),
            top: Format::new().set_align(FormatAlign::Top),
            indent: Format::new().set_indent(1),
            link: Format::new()
                .set_align(FormatAlign::Top)
                .set_indent(1)
                .set_font_color(Color::RGB(0x0563C1))
                .set_underline(rust_xlsxwriter::FormatUnderline::Single),
            ready: fill(0xC6EFCE, 0x006100),
            // The verdict's font on a paler fill, in italics: it holds as far as checked.
            ready_partly: fill(0xEBF7EE, 0x006100).set_italic(),
            conditions: fill(0xFFEB9C, 0x9C5700),
            conditions_partly: fill(0xFFF6D6, 0x9C5700).set_italic(),
            not_ready: fill(0xFFC7CE, 0x9C0006),
            unknown: fill(0xE7E6E6, 0x404040),
            not_applicable: fill(0xDDEBF7, 0x1F4E78),
        }
    }
}

/// Text cut to Excel's cell limit, at a character boundary.
fn within_limit(s: &str) -> &str {
    if s.len() <= MAX_TEXT {
        return s;
    }
    let mut end = MAX_TEXT;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

/// A sheet being written, with the count of links it holds.
pub struct Sheet<'a> {
    pub ws: &'a mut Worksheet,
    links: u32,
    /// Column widths (characters), for the height a wrapped cell needs.
    widths: Vec<f64>,
    /// The row being written and the lines its tallest wrapped cell needs.
    tall: (u32, u32),
}

impl<'a> Sheet<'a> {
    /// A sheet that prints landscape, one page wide, with its header row on every page.
    pub fn new(ws: &'a mut Worksheet) -> Sheet<'a> {
        ws.set_landscape();
        ws.set_paper_size(9);
        ws.set_print_fit_to_pages(1, 0);
        Sheet {
            ws,
            links: 0,
            widths: Vec::new(),
            tall: (u32::MAX, 1),
        }
    }

    /// A wide sheet (Machines, Findings, Disks, DR): printed landscape at a readable 70 %,
    /// its first columns on the first page and the rest on the pages after, with the header
    /// row and the machine's name repeated on every page; one page wide would print 25
    /// columns at 4 pt.
    pub fn wide(ws: &'a mut Worksheet) -> Sheet<'a> {
        ws.set_landscape();
        ws.set_paper_size(9);
        ws.set_print_scale(70);
        ws.set_page_order(true);
        let _ = ws.set_repeat_columns(0, 0);
        Sheet {
            ws,
            links: 0,
            widths: Vec::new(),
            tall: (u32::MAX, 1),
        }
    }

    /// Long text (a message, a fix), wrapped in its column.
    pub fn wrapped(&mut self, r: u32, c: u16, s: &str, st: &Styles) -> Result<(), XlsxError> {
        if s.is_empty() {
            return Ok(());
        }
        let cut = within_limit(s);
        self.ws.write_string_with_format(r, c, cut, &st.wrap)?;
        // Spreadsheets do not always grow a row for its wrapped text (LibreOffice's print
        // does not): the row is given the lines its longest cell needs, up to six.
        let width = self
            .widths
            .get(c as usize)
            .copied()
            .unwrap_or(50.0)
            .max(8.0);
        let lines = (crate::report::width(cut) as f64 / (width * 1.1))
            .ceil()
            .clamp(1.0, 6.0) as u32;
        if self.tall.0 != r {
            self.tall = (r, 1);
        }
        if lines > self.tall.1 {
            self.tall.1 = lines;
            self.ws.set_row_height(r, 15.0 * f64::from(lines))?;
        }
        Ok(())
    }

    /// Inventory or rule text: always a string cell, cut to Excel's limit.
    pub fn text(&mut self, r: u32, c: u16, s: &str) -> Result<(), XlsxError> {
        if s.is_empty() {
            return Ok(());
        }
        self.ws.write_string(r, c, within_limit(s))?;
        Ok(())
    }

    /// [`Sheet::text`] at the top of its cell, beside cells that wrap.
    pub fn text_top(&mut self, r: u32, c: u16, s: &str, st: &Styles) -> Result<(), XlsxError> {
        if s.is_empty() {
            return Ok(());
        }
        self.ws
            .write_string_with_format(r, c, within_limit(s), &st.top)?;
        Ok(())
    }

    pub fn text_with(&mut self, r: u32, c: u16, s: &str, f: &Format) -> Result<(), XlsxError> {
        self.ws.write_string_with_format(r, c, s, f)?;
        Ok(())
    }

    pub fn num(&mut self, r: u32, c: u16, v: f64, f: &Format) -> Result<(), XlsxError> {
        if v.is_finite() {
            self.ws.write_number_with_format(r, c, v, f)?;
        }
        Ok(())
    }

    /// A day as a date cell (it sorts and filters as one), shown in the reader's format.
    pub fn date(
        &mut self,
        r: u32,
        c: u16,
        d: Option<crate::model::Date>,
        st: &Styles,
    ) -> Result<(), XlsxError> {
        let Some(d) = d else { return Ok(()) };
        let when = ExcelDateTime::from_ymd(d.year, d.month, d.day)?;
        self.ws.write_datetime_with_format(r, c, &when, &st.date)?;
        Ok(())
    }

    pub fn opt_num(&mut self, r: u32, c: u16, v: Option<f64>, f: &Format) -> Result<(), XlsxError> {
        match v {
            Some(v) => self.num(r, c, v, f),
            None => Ok(()),
        }
    }

    /// A link we made (a rule's page, with its words): a hyperlink while the sheet has room,
    /// else the address.
    pub fn link(
        &mut self,
        r: u32,
        c: u16,
        url: &str,
        text: &str,
        st: &Styles,
    ) -> Result<(), XlsxError> {
        if self.links < MAX_LINKS && url.starts_with("https://") && url.len() < 2000 {
            self.links += 1;
            self.ws
                .write_url_with_format(r, c, Url::new(url).set_text(text), &st.link)?;
            Ok(())
        } else {
            self.text(r, c, url)
        }
    }

    /// The column widths wrapped cells are measured against, for a sheet whose header is
    /// written after its rows.
    pub fn set_widths(&mut self, cols: &[(&str, f64)]) {
        self.widths = cols.iter().map(|(_, w)| *w).collect();
    }

    /// Header row (its words, see [`Styles::heads`]) and column widths; written first, as a
    /// constant-memory sheet needs its rows in order.
    pub fn header(&mut self, row: u32, cols: &[(&str, f64)], st: &Styles) -> Result<(), XlsxError> {
        self.widths = cols.iter().map(|(_, w)| *w).collect();
        for (c, (h, w)) in cols.iter().enumerate() {
            self.ws.set_column_width(c as u16, *w)?;
            self.ws
                .write_string_with_format(row, c as u16, *h, &st.header)?;
        }
        self.ws.set_row_height(row, 42)?;
        Ok(())
    }

    /// Frozen header (and first column), header repeated on printed pages, autofilter over the
    /// data.
    pub fn finish(&mut self, row: u32, ncols: usize, last_row: u32) -> Result<(), XlsxError> {
        self.ws.set_freeze_panes(row + 1, 1)?;
        self.ws.set_repeat_rows(row, row)?;
        self.ws
            .autofilter(row, 0, last_row.max(row), (ncols - 1) as u16)?;
        Ok(())
    }

    /// Header and finish together, for sheets written in normal memory mode.
    pub fn table(
        &mut self,
        row: u32,
        cols: &[(&str, f64)],
        last_row: u32,
        st: &Styles,
    ) -> Result<(), XlsxError> {
        self.header(row, cols, st)?;
        self.finish(row, cols.len(), last_row)
    }

    /// Colours readiness words in a column range.
    pub fn colour_readiness(
        &mut self,
        first_row: u32,
        last_row: u32,
        col: u16,
        st: &Styles,
    ) -> Result<(), XlsxError> {
        if last_row < first_row {
            return Ok(());
        }
        let ko = |r: crate::rules::Readiness| readiness(st.lang, r);
        use crate::rules::Readiness as R;
        let mut seen: Vec<&str> = Vec::new();
        use crate::report::checked::words;
        use crate::rules::coverage::Checked;
        let partly = |readiness| Checked {
            readiness,
            partly: true,
        };
        let ready_partly = words(partly(R::Ready), st.lang);
        let conditions_partly = words(partly(R::ReadyWithConditions), st.lang);
        for (word, f) in [
            (ready_partly.as_str(), &st.ready_partly),
            (conditions_partly.as_str(), &st.conditions_partly),
            (ko(R::Ready), &st.ready),
            (ko(R::ReadyWithConditions), &st.conditions),
            (ko(R::NotReady), &st.not_ready),
            (ko(R::Unknown), &st.unknown),
            (ko(R::NotApplicable), &st.not_applicable),
            ("ready", &st.ready),
            ("ready-with-conditions", &st.conditions),
            ("not-ready", &st.not_ready),
            ("unknown", &st.unknown),
            ("not-applicable", &st.not_applicable),
            (dr(st.lang, crate::dr::DrVerdict::Meets), &st.ready),
            (dr(st.lang, crate::dr::DrVerdict::AtRisk), &st.conditions),
            (dr(st.lang, crate::dr::DrVerdict::CannotMeet), &st.not_ready),
            ("meets", &st.ready),
            ("at-risk", &st.conditions),
            ("cannot-meet", &st.not_ready),
            ("fail", &st.not_ready),
        ] {
            // In English the reader's words are the codes: one rule a word.
            if seen.contains(&word) {
                continue;
            }
            seen.push(word);
            let cf = ConditionalFormatCell::new()
                .set_rule(ConditionalFormatCellRule::EqualTo(word))
                .set_format(f);
            self.ws
                .add_conditional_format(first_row, col, last_row, col, &cf)?;
        }
        Ok(())
    }
}

/// The run's time as the Summary prints it: `2026-12-02 07:10 UTC`.
pub fn run_time_text() -> String {
    let secs = run_seconds();
    let day = crate::model::Date::from_days_since_epoch(secs.div_euclid(86_400));
    let t = secs.rem_euclid(86_400);
    format!("{day} {:02}:{:02} UTC", t / 3600, t % 3600 / 60)
}

/// The workbook's creation time: `SOURCE_DATE_EPOCH` when set (reproducible builds), else now.
fn creation_time() -> Result<ExcelDateTime, XlsxError> {
    ExcelDateTime::from_timestamp(run_seconds())
}

/// Builds the workbook and returns its bytes.
pub fn render(
    inv: &Inventory,
    ev: &Evaluation<'_>,
    planner: &Planner,
    lang: Lang,
) -> Result<Vec<u8>, XlsxError> {
    let mut bytes = Vec::new();
    write(inv, ev, planner, lang, &mut bytes)?;
    Ok(bytes)
}

/// Builds the workbook and writes it to `w` as it is zipped, so the file is never held whole
/// in memory.
pub fn write(
    inv: &Inventory,
    ev: &Evaluation<'_>,
    planner: &Planner,
    lang: Lang,
    w: &mut (dyn std::io::Write + Send),
) -> Result<(), XlsxError> {
    let st = Styles::new(lang);
    let mut wb = Workbook::new();
    let props = DocProperties::new()
        .set_title(label(lang, "rep-xlsx-doc-title"))
        .set_subject(label(lang, "rep-xlsx-doc-subject"))
        .set_author(format!("rehost {}", env!("CARGO_PKG_VERSION")))
        .set_creation_datetime(&creation_time()?);
    wb.set_properties(&props);
    // Level 2 of 9 (zlib-rs): at 100,000 machines the workbook is 52 MB and its 575 MB of
    // XML deflate in about 1.9 s; the default level gives 40 MB in about 4.9 s, level 1
    // gives 70 MB for 0.4 s less (measured 2026-12-01 with --timings).
    wb.set_zip_compression_level(2);
    // The long sheets are written a row at a time to a temporary file (rust_xlsxwriter's
    // constant-memory mode), so a 100,000-machine report does not sit in memory, and each on
    // its own thread: they share nothing but the workbook's format table.
    // Constant-memory sheets take a format's number from the workbook's table when they
    // first use it; numbered here, in a fixed order, the threads below cannot race for them
    // and the same run gives the same bytes.
    for f in st.all() {
        wb.register_format(f);
    }
    wb.add_worksheet()
        .set_name(label(lang, "rep-sheet-summary"))?;
    for name in [
        "rep-sheet-machines",
        "rep-sheet-findings",
        "rep-disks",
        "rep-sheet-dr",
    ] {
        wb.add_worksheet_with_constant_memory()?
            .set_name(label(lang, name))?;
    }
    wb.add_worksheet()
        .set_name(label(lang, "rep-sheet-rules"))?;
    wb.add_worksheet()
        .set_name(label(lang, "rep-sheet-data-quality"))?;
    let [summary, machines, findings, disks, dr, rules, quality] = &mut wb.worksheets_mut()[..]
    else {
        unreachable!("seven sheets were added above");
    };
    std::thread::scope(|scope| -> Result<(), XlsxError> {
        let st = &st;
        // The Machines sheet plans each machine as it writes its row and returns the
        // estate's totals, which the Summary (written last, it is short) shows.
        let planned = scope.spawn(move || machines::machines(machines, inv, ev, planner, st));
        let long = [
            scope.spawn(move || machines::findings(findings, inv, ev, st)),
            scope.spawn(move || machines::disks(disks, inv, ev, planner, st)),
        ];
        summary::dr(dr, inv, ev, st)?;
        rules::write(rules, ev, st)?;
        data_quality::write(quality, inv, ev, st)?;
        for h in long {
            h.join().unwrap_or_else(|p| std::panic::resume_unwind(p))?;
        }
        let totals = planned
            .join()
            .unwrap_or_else(|p| std::panic::resume_unwind(p))?;
        summary::write(summary, inv, ev, planner, &totals, st)?;
        Ok(())
    })?;
    wb.save_to_writer(w)
}

/// Bytes in GB (GiB, as the matrices mean it) for a number cell.
pub fn gb(bytes: u64) -> f64 {
    bytes as f64 / (1u64 << 30) as f64
}
