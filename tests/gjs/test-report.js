// test-report.js: Coprod.Report from GJS (TAP output): every format of a
// project's report, the values section in the JSON, the HTML's charts,
// the CSV tables and their column descriptions written into a folder,
// and the errors
//
// SPDX-License-Identifier: LGPL-2.1-or-later

import Gio from 'gi://Gio';
import GLib from 'gi://GLib';
import Coprod from 'gi://Coprod?version=1.0';
import System from 'system';

let n = 0;
let failed = 0;

function check(ok, name) {
    n++;
    if (ok) {
        print(`ok ${n} - ${name}`);
    } else {
        failed++;
        print(`not ok ${n} - ${name}`);
    }
}

function test(name, fn) {
    try {
        fn();
    } catch (e) {
        n++;
        failed++;
        print(`not ok ${n} - ${name}: ${e}`);
    }
}

const decoder = new TextDecoder();
const example = GLib.build_filenamev([GLib.getenv('COPROD_EXAMPLES_DATA'), 'coprod-example.json']);
const registry = Coprod.Registry.new();
registry.load_from_file(Gio.File.new_for_path(example), null);

function write(format, scope = Coprod.ReportScope.PROJECT, subject = 'prj-flse-leaflet') {
    const report = Coprod.Report.new(registry);
    report.format = format;
    report.scope = scope;
    report.subject_id = subject;
    report.as_of = '2025-01-31';
    const [data] = report.to_data();
    return data;
}

test('properties', () => {
    const report = Coprod.Report.new(registry);
    check(report.registry === registry, 'the registry');
    check(report.scope === Coprod.ReportScope.REGISTRY, 'the whole registry by default');
    check(report.format === Coprod.ReportFormat.TEXT, 'text by default');
    check(report.width === Coprod.REPORT_DEFAULT_WIDTH, 'wrapped at the default width');
    check(report.table === Coprod.ReportTable.PROJECTS, 'the projects table by default');
    let notified = 0;
    report.connect('notify::as-of', () => notified++);
    report.as_of = '2025-01-31';
    report.as_of = '2025-01-31';
    check(notified === 1 && report.as_of === '2025-01-31', 'as-of notifies once when it changes');
});

test('every format of a project', () => {
    const text = write(Coprod.ReportFormat.TEXT);
    check(text.startsWith('Co-production report: Information leaflet about the service\n'), 'text: the title');
    check(text.includes('\nValues\n------\n'), 'text: the values section');
    const narrow = Coprod.Report.new(registry);
    narrow.width = 40;
    narrow.as_of = '2025-01-31';
    const [wrapped] = narrow.to_data();
    const about = wrapped.split('About this report\n-----------------\n\n')[1].split('\n\n')[0].split('\n');
    check(about.length > 3 && about.every(line => line.length <= 40), 'text: prose wrapped at the width');
    const markdown = write(Coprod.ReportFormat.MARKDOWN);
    check(markdown.startsWith('# Co-production report: Information leaflet about the service\n'), 'markdown: the title');
    check(markdown.includes('\n## Values\n'), 'markdown: the values section');
    const html = write(Coprod.ReportFormat.HTML);
    check(html.startsWith('<!DOCTYPE html>\n<html lang="en-GB">'), 'html: the doctype and language');
    check(!/<script|<link|src="http/.test(html), 'html: nothing loaded from outside');
    const svgs = html.match(/<svg [^>]*>/g) ?? [];
    check(svgs.length === 3 && svgs.every(s => s.includes('role="img"')),
        'html: the ladder, the stages and the values, each an image');
    check(html.includes('The values of Information leaflet about the service, practice by practice</title>'),
        'html: the values chart has its title');
    check(html.includes('<figcaption>How to read the ladder:'), 'html: the ladder\'s caption says how to read it');
});

test('the values section in JSON', () => {
    const data = JSON.parse(write(Coprod.ReportFormat.JSON));
    check(data.format === 'coprod-report' && data.as_of === '2025-01-31', 'the format and the date');
    const values = data.sections.find(s => s.key === 'values');
    check(values !== undefined && values.heading === 'Values', 'a values section');
    const facts = Object.fromEntries(values.blocks.filter(b => b.type === 'facts')
        .flatMap(b => b.facts).map(f => [f.label, f.value]));
    check(facts['Overall'] === '4.4, Mostly, from the records and people\'s ratings', 'the overall score');
    check(facts['Who rated'] === '2 people, 1 of whom has lived experience, in a review of 2019-06-12',
        'who rated');
    const table = values.blocks.find(b => b.type === 'table');
    check(JSON.stringify(table.rows[0]) === JSON.stringify(['Reciprocity', '4.8, Fully', '2 of 2']),
        'the first value');
    const prose = JSON.stringify(data.sections);
    check(!['rev-flse-leaflet-2019', 'p-flse-01', 'p-flse-02', 'prj-flse-leaflet',
        'reciprocity-impact-shared'].some(id => prose.includes(id)), 'no ids in the prose');
    check(data.tables.projects.rows.length === 1, 'the data tables, with the project');
});

test('csv tables', () => {
    const dir = GLib.dir_make_tmp('coprod-report-XXXXXX');
    const report = Coprod.Report.new(registry);
    report.format = Coprod.ReportFormat.CSV;
    report.as_of = '2025-01-31';
    check(report.write_csv_tables(Gio.File.new_for_path(dir), null), 'written');
    for (const table of ['projects', 'involvements', 'meetings', 'payments', 'outputs', 'proposals']) {
        const csvPath = GLib.build_filenamev([dir, `${table}.csv`]);
        const metaPath = GLib.build_filenamev([dir, `${table}.csv-metadata.json`]);
        const [, csv] = GLib.file_get_contents(csvPath);
        const [, meta] = GLib.file_get_contents(metaPath);
        const header = decoder.decode(csv).split('\r\n')[0].split(/\n/)[0];
        const columns = JSON.parse(decoder.decode(meta)).tableSchema.columns.map(c => c.name);
        check(header === columns.join(','), `${table}: the header matches its description`);
        GLib.unlink(csvPath);
        GLib.unlink(metaPath);
    }
    check(GLib.rmdir(dir) === 0, 'nothing else left in the folder');
});

test('errors', () => {
    const report = Coprod.Report.new(registry);
    report.scope = Coprod.ReportScope.PROJECT;
    report.subject_id = 'prt-fife';
    try {
        report.to_data();
        check(false, 'a partnership is not a project');
    } catch (e) {
        check(e.matches(Coprod.Error, Coprod.Error.NOT_FOUND), 'a partnership is not a project');
    }
});

print(`1..${n}`);
System.exit(failed > 0 ? 1 : 0);
