//! The workbook a consultant hands to a customer: one file that reads well on its own.
//!
//! Sheets: Summary (what was assessed, readiness per target with a chart, top blockers, DR
//! totals, coverage gaps), Machines, Findings, Disks, DR, Rules, Data quality. Every data
//! sheet has a frozen header row and name column, an autofilter and units in its headers;
//! numbers are numbers. Inventory text is always written as a string, never as a formula or
//! a link. The creation time honours `SOURCE_DATE_EPOCH`, so the same run gives the same bytes.

mod data_quality;
mod estate;
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
    /// The folder every inventory file is in, written once on the Summary: the other sheets
    /// name a file from there (`rvtools.xlsx!vInfo!12`), so a long folder does not make every
    /// row two lines tall on paper.
    pub base: String,
    /// One inventory file (the Summary names it): a row's place is its sheet and row.
    pub one_file: bool,
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
    /// Text right after a number column, wrapped.
    pub wrap_indent: Format,
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
    fn all(&self) -> [&Format; 20] {
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
            &self.wrap_indent,
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

    /// A file as the sheets name it: below [`Styles::base`].
    pub fn file<'f>(&self, file: &'f str) -> &'f str {
        file.strip_prefix(self.base.as_str()).unwrap_or(file)
    }

    /// A row's place as the sheets name it: `vInfo!12` when the run read one workbook (the
    /// Summary names it), else `rvtools.xlsx!vInfo!12` from the common folder (a CSV's
    /// `hosts.csv!12`).
    pub fn place(&self, s: &crate::model::SourceRef) -> String {
        let file = self.file(&s.file);
        match &s.sheet {
            Some(sh) if self.one_file => format!("{sh}!{}", s.row),
            Some(sh) => format!("{file}!{sh}!{}", s.row),
            None => format!("{file}!{}", s.row),
        }
    }

    fn new(lang: Lang) -> Styles {
        let fill = |bg: u32, fg: u32| {
            Format::new()
                .set_background_color(Color::RGB(bg))
                .set_font_color(Color::RGB(fg))
        };
        Styles {
            lang,
            base: String::new(),
            one_file: false,
            header: Format::new()
                .set_bold()
                .set_background_color(Color::RGB(0x1F3864))
                .set_font_color(Color::White)
                .set_text_wrap()
                .set_align(FormatAlign::Top)
                .set_border_bottom(FormatBorder::Thin),
            title: Format::new().set_bold().set_font_size(16),
            subtitle: top()
                .set_bold()
                .set_font_size(12)
                .set_font_color(Color::RGB(0x1F3864)),
            label: top().set_bold(),
            // Every cell sits at the top of its row, so a number reads beside the first line
            // of the wrapped text next to it.
            int: top().set_num_format("#,##0"),
            gb: top().set_num_format("#,##0.0"),
            dec: top().set_num_format("#,##0.00"),
            date: top()
                .set_num_format(label(lang, "rep-xlsx-date-format"))
                .set_align(FormatAlign::Left),
            wrap: top().set_text_wrap(),
            top: top(),
            indent: top().set_indent(1),
            wrap_indent: top().set_text_wrap().set_indent(1),
            // A link's words wrap in a narrow column (`매트릭스 페이지`).
            link: top()
                .set_text_wrap()
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

/// A cell at the top of its row.
fn top() -> Format {
    Format::new().set_align(FormatAlign::Top)
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
    /// A table sheet: text longer than its column wraps in it rather than running over the
    /// next cell or off the printed page.
    fit_text: bool,
    /// A printed line of text, in points: Korean glyphs stand taller than Latin ones.
    line: f64,
    top: Format,
    wrap: Format,
    indent: Format,
    wrap_indent: Format,
    /// Columns whose text is set off from the number column on their left.
    indented: Vec<bool>,
}

/// The longest line a text can take in a column `width` characters wide, in the column's
/// characters: Calibri's letters are narrower than the digit a width is measured in.
fn capacity(width: f64) -> f64 {
    (width - 1.0).max(1.0) * 1.05
}

/// Lines a text needs in a column `width` characters wide, broken at spaces as a spreadsheet
/// breaks it (a word too long for the line takes lines of its own).
pub fn lines(s: &str, width: f64) -> u32 {
    let cap = capacity(width);
    let mut n = 0u32;
    for para in s.split('\n') {
        n += 1;
        let mut used = 0.0;
        for word in para.split(' ') {
            let w = crate::report::width(word) as f64;
            if used > 0.0 && used + 1.0 + w <= cap {
                used += 1.0 + w;
                continue;
            }
            if used > 0.0 {
                n += 1;
            }
            // A word wider than a line is broken where it must be.
            let whole = (w / cap).ceil().max(1.0);
            n += whole as u32 - 1;
            used = w - (whole - 1.0) * cap;
        }
    }
    n
}

/// Excel's tallest row: 409 points, 27 lines of 15.
const MAX_LINES: u32 = 27;

/// Printed A4 landscape: the width inside the margins set by [`Sheet::wide`], in points.
const PRINT_WIDTH: f64 = 841.9 - 2.0 * 0.4 * 72.0;
/// The smallest print scale that still reads (55 %: Calibri 11 prints at 6 pt).
const MIN_SCALE: f64 = 0.55;

/// A column's printed width in points: Excel's `width * 7 + 5` pixels at 96 dpi.
fn points(width: f64) -> f64 {
    (width * 7.0 + 5.0).trunc() * 0.75
}

/// Column widths, each at least its header's longest word (a header breaks at spaces and
/// after hyphens) and a character.
fn header_widths(cols: &[(&str, f64)]) -> Vec<f64> {
    cols.iter()
        .map(|(h, w)| {
            let word = h
                .split([' ', '-'])
                .map(|x| crate::report::width(x) + 1)
                .max()
                .unwrap_or(0);
            w.max(word as f64)
        })
        .collect()
}

/// Where a table too wide for one page (wider than `limit` points) breaks into pages side by
/// side: the fewest pages, of like widths, each after the first also holding column A. `None`
/// when it fits one page.
fn page_breaks(pts: &[f64], limit: f64) -> Option<Vec<u32>> {
    let total: f64 = pts.iter().sum();
    if total <= limit || pts.len() < 3 {
        return None;
    }
    // Break before the column that would run past `width`.
    let split = |width: f64| {
        let mut breaks = Vec::new();
        let mut used = 0.0;
        for (c, p) in pts.iter().enumerate() {
            if c > 1 && used + p > width {
                breaks.push(c as u32);
                used = pts[0];
            }
            used += p;
        }
        breaks
    };
    let pages = split(limit).len();
    // The narrowest page width that needs no more pages: pages of like width.
    let mut width = total / (pages + 1) as f64;
    loop {
        let breaks = split(width);
        if breaks.len() <= pages || width >= limit {
            return Some(breaks);
        }
        width += 5.0;
    }
}

/// A column's width for what it holds: its longest text (in characters; a Hangul syllable
/// takes two) between a floor and a cap; longer text wraps in it.
pub fn fitted(longest: usize, floor: f64, cap: f64) -> f64 {
    (longest as f64 + 1.0).clamp(floor, cap)
}

impl<'a> Sheet<'a> {
    fn with(ws: &'a mut Worksheet, fit_text: bool, st: &Styles) -> Sheet<'a> {
        // A line of Hangul stands taller than Calibri's 15 points.
        let line = if st.lang == Lang::Ko { 17.0 } else { 15.0 };
        if line != 15.0 {
            ws.set_default_row_height(line);
        }
        Sheet {
            ws,
            links: 0,
            widths: Vec::new(),
            tall: (u32::MAX, 1),
            fit_text,
            line,
            top: st.top.clone(),
            wrap: st.wrap.clone(),
            indent: st.indent.clone(),
            wrap_indent: st.wrap_indent.clone(),
            indented: Vec::new(),
        }
    }

    /// A sheet that prints landscape, one page wide: the Summary, whose notes run on to the
    /// right over empty cells.
    pub fn new(ws: &'a mut Worksheet, st: &Styles) -> Sheet<'a> {
        ws.set_landscape();
        ws.set_paper_size(9);
        ws.set_print_fit_to_pages(1, 0);
        Sheet::with(ws, false, st)
    }

    /// A table sheet (Machines, Findings, Disks, DR, Rules, Data quality): printed landscape,
    /// as many pages wide as it takes to print at 55 % or more (one for most; see
    /// [`Sheet::finish`]), with the header row on every page; its text wraps in its columns,
    /// so nothing is cut.
    pub fn wide(ws: &'a mut Worksheet, st: &Styles) -> Sheet<'a> {
        ws.set_landscape();
        ws.set_paper_size(9);
        ws.set_margins(0.4, 0.4, 0.5, 0.5, 0.3, 0.3);
        ws.set_print_fit_to_pages(1, 0);
        Sheet::with(ws, true, st)
    }

    fn width(&self, c: u16) -> f64 {
        self.widths
            .get(c as usize)
            .copied()
            .unwrap_or(50.0)
            .max(4.0)
    }

    /// Long text (a message, a fix), wrapped in its column.
    pub fn wrapped(&mut self, r: u32, c: u16, s: &str, _st: &Styles) -> Result<(), XlsxError> {
        if s.is_empty() {
            return Ok(());
        }
        let wrap = self.wrap.clone();
        self.wrapped_with(r, c, within_limit(s), &wrap)
    }

    /// Inventory or rule text: always a string cell, cut to Excel's limit, at the top of its
    /// row; on a table sheet, wrapped when it is wider than its column.
    pub fn text(&mut self, r: u32, c: u16, s: &str) -> Result<(), XlsxError> {
        if s.is_empty() {
            return Ok(());
        }
        let cut = within_limit(s);
        let indent = self.indented.get(c as usize).copied().unwrap_or(false);
        if self.fit_text && lines(cut, self.width(c) - f64::from(u8::from(indent))) > 1 {
            let wrap = match indent {
                true => self.wrap_indent.clone(),
                false => self.wrap.clone(),
            };
            return self.wrapped_with(r, c, cut, &wrap);
        }
        let f = if indent { &self.indent } else { &self.top };
        self.ws.write_string_with_format(r, c, cut, f)?;
        Ok(())
    }

    /// The text columns that follow a number column: their text is set off from the number
    /// (`1  Standard_F8s_v2`, not `1Standard_F8s_v2`).
    pub fn indent(&mut self, cols: impl IntoIterator<Item = u16>) {
        for c in cols {
            let c = c as usize;
            if self.indented.len() <= c {
                self.indented.resize(c + 1, false);
            }
            self.indented[c] = true;
        }
    }

    /// Wrapped text, its row grown to the lines it needs: spreadsheets do not always grow a
    /// row for its wrapped text (LibreOffice's print does not).
    fn wrapped_with(&mut self, r: u32, c: u16, s: &str, f: &Format) -> Result<(), XlsxError> {
        self.ws.write_string_with_format(r, c, s, f)?;
        self.grow(r, lines(s, self.width(c)));
        Ok(())
    }

    /// Row `r` as tall as `lines` lines, if it is not already taller.
    fn grow(&mut self, r: u32, lines: u32) {
        let lines = lines.clamp(1, MAX_LINES);
        if self.tall.0 != r {
            self.tall = (r, 1);
        }
        if lines > self.tall.1 {
            self.tall.1 = lines;
            // A row already written (constant memory) keeps its height; nothing fails.
            let _ = self.ws.set_row_height(r, self.line * f64::from(lines));
        }
    }

    /// A line that runs on to the right over the empty cells beside it (a note under a
    /// table): never wrapped.
    pub fn text_over(&mut self, r: u32, c: u16, s: &str) -> Result<(), XlsxError> {
        if s.is_empty() {
            return Ok(());
        }
        self.ws
            .write_string_with_format(r, c, within_limit(s), &self.top)?;
        Ok(())
    }

    /// [`Sheet::text`] at the top of its cell, beside cells that wrap.
    pub fn text_top(&mut self, r: u32, c: u16, s: &str, _st: &Styles) -> Result<(), XlsxError> {
        self.text(r, c, s)
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
            self.grow(r, lines(text, self.width(c) - 1.0));
            Ok(())
        } else {
            self.text(r, c, url)
        }
    }

    /// The column widths wrapped cells are measured against, for a sheet whose header is
    /// written after its rows.
    pub fn set_widths(&mut self, cols: &[(&str, f64)]) {
        self.widths = header_widths(cols);
    }

    /// Header row (its words, see [`Styles::heads`]) and column widths; written first, as a
    /// constant-memory sheet needs its rows in order. A column is at least as wide as its
    /// header's longest word, so the header wraps between words.
    pub fn header(&mut self, row: u32, cols: &[(&str, f64)], st: &Styles) -> Result<(), XlsxError> {
        self.widths = header_widths(cols);
        let mut tallest = 2;
        for (c, ((h, _), w)) in cols.iter().zip(&self.widths).enumerate() {
            self.ws.set_column_width(c as u16, *w)?;
            self.ws
                .write_string_with_format(row, c as u16, *h, &st.header)?;
            tallest = tallest.max(lines(h, *w));
        }
        self.ws
            .set_row_height(row, self.line * f64::from(tallest.min(MAX_LINES)) + 6.0)?;
        Ok(())
    }

    /// Frozen header (and first column), header repeated on printed pages, autofilter over the
    /// data; a table sheet too wide to print at 55 % prints on pages side by side.
    pub fn finish(&mut self, row: u32, ncols: usize, last_row: u32) -> Result<(), XlsxError> {
        self.ws.set_freeze_panes(row + 1, 1)?;
        self.ws.set_repeat_rows(row, row)?;
        self.ws
            .autofilter(row, 0, last_row.max(row), (ncols - 1) as u16)?;
        if self.fit_text {
            self.across()?;
        }
        Ok(())
    }

    /// One page wide when the columns fit at 55 % or more; else as few pages side by side as
    /// keep 55 %, split between columns into pages of like width, printed across then down
    /// (a row's pages follow one another) with the first column (the machine) on every page.
    fn across(&mut self) -> Result<(), XlsxError> {
        let pts: Vec<f64> = self.widths.iter().map(|w| points(*w)).collect();
        let limit = PRINT_WIDTH / MIN_SCALE;
        let Some(breaks) = page_breaks(&pts, limit) else {
            return Ok(());
        };
        self.ws.set_print_fit_to_pages(breaks.len() as u16 + 1, 0);
        self.ws.set_page_order(false);
        self.ws.set_repeat_columns(0, 0)?;
        self.ws.set_vertical_page_breaks(&breaks)?;
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

/// The folder all `files` share, with its separator (`/data/export/`), or nothing when they
/// share none or there is one file in the current folder.
fn common_folder(files: &[String]) -> String {
    let folder = |f: &str| {
        f.rfind(['/', '\\'])
            .map_or(String::new(), |i| f[..=i].to_string())
    };
    let mut it = files.iter();
    let Some(first) = it.next() else {
        return String::new();
    };
    let mut base = folder(first);
    for f in it {
        while !f.starts_with(base.as_str()) {
            base.pop();
            base = folder(&base);
        }
    }
    base
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
    let mut st = Styles::new(lang);
    st.base = common_folder(&inv.files);
    st.one_file = inv.files.len() == 1;
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
    // The estate's sheets after the others, so their places do not move: Estate with every
    // assessment (its totals), Groups when the machines were grouped.
    if ev.view.totals.is_some() || ev.view.scope.asked() {
        wb.add_worksheet().set_name(label(lang, "est-head"))?;
    }
    if ev.view.groups.is_some() {
        wb.add_worksheet()
            .set_name(label(lang, "est-sheet-groups"))?;
    }
    let (sheets, extra) = wb.worksheets_mut().split_at_mut(7);
    let [summary, machines, findings, disks, dr, rules, quality] = sheets else {
        unreachable!("seven sheets were added above");
    };
    let mut extra = extra.iter_mut();
    if (ev.view.totals.is_some() || ev.view.scope.asked())
        && let Some(ws) = extra.next()
    {
        estate::estate(ws, ev, &st)?;
    }
    if let Some(ws) = extra.next() {
        estate::groups(ws, inv, ev, &st)?;
    }
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

#[cfg(test)]
mod tests {

    /// The sheets name a file from the folder every inventory shares: one row per case.
    #[test]
    fn files_are_named_from_their_common_folder() {
        let f = |v: &[&str]| common_folder(&v.iter().map(|s| s.to_string()).collect::<Vec<_>>());
        for (files, base) in [
            (&["/data/cust/rv.xlsx"][..], "/data/cust/"),
            (
                &["/data/cust/a.xlsx", "/data/cust/b.csv"][..],
                "/data/cust/",
            ),
            (&["/data/cust/a.xlsx", "/data/other/b.csv"][..], "/data/"),
            (&["/data/cu/a.xlsx", "/data/cust/b.csv"][..], "/data/"),
            (&["rv.xlsx"][..], ""),
            (&["rv.xlsx", "x/rv.xlsx"][..], ""),
            (
                &[r"C:\exports\rv.xlsx", r"C:\exports\hv.csv"][..],
                r"C:\exports\",
            ),
            (&[][..], ""),
        ] {
            assert_eq!(f(files), base, "{files:?}");
        }
    }

    use super::*;

    /// The lines a wrapped cell is given: too few and a print cuts the text.
    #[test]
    fn lines_break_between_words_and_inside_long_ones() {
        for (text, width, want) in [
            ("", 10.0, 1),
            ("extended support", 17.0, 1),
            ("extended support", 16.0, 2),
            ("abcdefghijklmnopqrstuvwxyz", 11.0, 3),
            ("급여 서버", 6.0, 2),
            ("급여 서버", 11.0, 1),
            ("one\ntwo", 40.0, 2),
        ] {
            assert_eq!(lines(text, width), want, "{text:?} in {width}");
        }
    }

    #[test]
    fn a_table_too_wide_for_a_page_breaks_into_pages_of_like_width() {
        // Fits: no breaks.
        assert_eq!(page_breaks(&[100.0; 10], 1000.0), None);
        // 2,000 points: three pages (column A again on the second and third), of 800, 800
        // and 600 points rather than 1,000, 1,000 and 200.
        assert_eq!(page_breaks(&[100.0; 20], 1000.0), Some(vec![8, 15]));
    }
}
