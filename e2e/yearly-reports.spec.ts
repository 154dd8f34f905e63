import { daysWaitedSince } from '../supabase/tests/support/days-waited.ts';
import { expect, test } from './support/test';
import { expectNoAxeViolations } from './support/accessibility';
import { storageStateOf } from './support/demo';

const robertsfors = '00000000-0000-4000-c000-000000000001';
const aleGhanzi = '00000000-0000-4000-c000-000000000003';

test('two members write the 2025 report at once: different sections merge, the same section asks', async ({ browser }) => {
  // Two people in two browsers, with autosave pauses and accessibility scans.
  test.slow();
  const anna = await (await browser.newContext({ storageState: storageStateOf('anna') })).newPage();
  const grace = await (await browser.newContext({ storageState: storageStateOf('grace') })).newPage();
  await anna.goto(`/partnerships/${robertsfors}`);
  await anna.getByRole('navigation', { name: 'Sections of Robertsfors – Machakos' }).getByRole('link', { name: 'Yearly reports' }).click();
  await expectNoAxeViolations(anna);
  await anna.getByRole('link', { name: 'Report 2025' }).click();
  await expect(anna.getByRole('heading', { level: 1, name: 'Robertsfors – Machakos: report 2025' })).toBeVisible();
  await expect(anna.getByText('Draft: the members are writing the 2025 report.')).toBeVisible();
  const checklist = anna.getByRole('region', { name: 'Before submitting' });
  await expect(checklist.getByRole('link', { name: 'Write the section “Next year\'s plan”.' })).toBeVisible();
  await expect(checklist.getByRole('link', { name: /Give “County departments with a gender-responsive budget” an actual value/ })).toBeVisible();
  await expect(anna.getByRole('button', { name: 'Submit the report…' })).toBeDisabled();
  await expect(anna.getByRole('complementary', { name: '2025 in figures' })).toContainText('Participants');
  await expectNoAxeViolations(anna);

  await grace.goto(anna.url());
  // The checklist leads into the section's text, ready to write.
  await checklist.getByRole('link', { name: 'Write the section “Next year\'s plan”.' }).click();
  await expect(anna.getByLabel('Next year\'s plan', { exact: true })).toBeFocused();
  await anna.getByLabel('Next year\'s plan', { exact: true }).fill('Train ward administrators in gender-responsive budgeting.');
  await grace.getByLabel('Challenges', { exact: true }).fill('Staff turnover in the county assembly slowed the budget work.');
  await expect(anna.locator('#report-section-next_year_plan-state').getByText('Saved', { exact: true })).toBeVisible();
  await expect(grace.locator('#report-section-challenges-state').getByText('Saved', { exact: true })).toBeVisible();
  await expect(checklist.getByRole('link', { name: 'Write the section “Next year\'s plan”.' })).toHaveCount(0);

  await grace.getByLabel('Lessons learned', { exact: true }).fill('Report results back to the youth councils.');
  await expect(grace.locator('#report-section-lessons_learned-state').getByText('Saved', { exact: true })).toBeVisible();
  await anna.getByLabel('Lessons learned', { exact: true }).fill('Budget dialogues need the figures in advance.');
  const conflict = anna.getByRole('alertdialog', { name: 'Grace Mwende saved first' });
  await expect(conflict).toContainText('Report results back to the youth councils.');
  await expect(conflict).toContainText('Budget dialogues need the figures in advance.');
  await conflict.getByRole('button', { name: 'Save my version over theirs' }).click();
  await expect(anna.locator('#report-section-lessons_learned-state').getByText('Saved', { exact: true })).toBeVisible();

  await anna.reload();
  await expect(anna.getByLabel('Challenges', { exact: true })).toHaveValue('Staff turnover in the county assembly slowed the budget work.');
  await expect(anna.getByLabel('Next year\'s plan', { exact: true })).toHaveValue('Train ward administrators in gender-responsive budgeting.');
  await expect(anna.getByLabel('Lessons learned', { exact: true })).toHaveValue('Budget dialogues need the figures in advance.');
});

test('the 2025 report cycle of Ale – Ghanzi: complete and submit, returned with a comment on a value, fixed, answered, resubmitted, approved, frozen', async ({ browser }) => {
  // Two people, a dozen pages and five accessibility scans: longer than one page's journey.
  test.slow();
  const page = await (await browser.newContext({ storageState: storageStateOf('lina') })).newPage();
  const analyst = await (await browser.newContext({ storageState: storageStateOf('analyst') })).newPage();
  const reportUrl = `/partnerships/${aleGhanzi}/reports/2025`;

  await page.goto(reportUrl);
  await expect(page.getByText('The report for 2025 has not been started.')).toBeVisible();
  await page.getByLabel('Carry forward from the 2024 report').uncheck();
  await page.getByRole('button', { name: 'Start the 2025 report' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Draft: the members are writing the 2025 report.' })).toBeFocused();
  const sections = ['Summary', 'Contribution to the 2030 Agenda', 'Localisation progress', 'Challenges', 'Lessons learned', 'Next year\'s plan'];
  for (const section of sections) await page.getByLabel(section, { exact: true }).fill(`${section}: written in Ghanzi.`);
  for (const section of ['summary', 'next_year_plan']) await expect(page.locator(`#report-section-${section}-state`).getByText('Saved', { exact: true })).toBeVisible();
  // Nobody of Ghanzi works in the app yet: Ale writes every section, and marks each ready.
  for (const section of sections) {
    await expect(page.locator('.report-section').filter({ hasText: `Who writes “${section}”` }).getByText('Saved', { exact: true }).first()).toBeVisible();
    await page.getByRole('button', { name: `Mark “${section}” ready from our side` }).click();
    await expect(page.getByRole('button', { name: `Take “${section}” back to drafting` })).toBeVisible();
  }

  const checklist = page.getByRole('region', { name: 'Before submitting' });
  // Each checklist item leads to where it is fixed; back on the report, the checklist has moved on without a reload.
  await checklist.getByRole('link', { name: /Give “Attendance rate of San pupils” an actual value/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Attendance rate of San pupils' })).toBeVisible();
  await page.getByLabel('Actual 2025').fill('71');
  await page.getByRole('button', { name: 'Save the values' }).click();
  await expect(page.getByText('The values are saved.')).toBeVisible();
  await page.goBack();
  await expect(checklist.getByRole('link', { name: /Attendance rate of San pupils/ })).toHaveCount(0);
  await checklist.getByRole('link', { name: /Give “Schools with a plan made through citizen dialogue” an actual value/ }).click();
  await page.getByLabel('Note 2025').fill('Counted in January, after the school year.');
  await page.getByRole('button', { name: 'Save the values' }).click();
  await expect(page.getByText('The values are saved.')).toBeVisible();
  await page.goBack();
  await expect(page.getByText('The report is complete and can be submitted.')).toBeVisible();
  await page.getByRole('button', { name: 'Submit the report…' }).click();
  await page.getByRole('alertdialog', { name: 'Submit the 2025 report?' }).getByRole('button', { name: 'Submit for review' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Submitted on .*: the report and the 2025 data are read-only/ })).toBeFocused();
  await expect(page.getByLabel('Summary', { exact: true })).toHaveAttribute('readonly', '');
  await expectNoAxeViolations(page);

  // The analyst finds it in the queue, comments on one value and returns the report.
  await analyst.goto('/programme');
  await analyst.getByRole('link', { name: 'Reports to review' }).click();
  await analyst.getByLabel('Year', { exact: true }).selectOption('2025');
  await analyst.getByLabel('Country').selectOption('BW');
  await analyst.getByRole('button', { name: 'Show' }).click();
  await expect(analyst.getByRole('row', { name: /Ale – Ghanzi/ })).toContainText('Submitted');
  await expectNoAxeViolations(analyst);
  await analyst.getByRole('link', { name: 'Ale – Ghanzi' }).click();
  await expect(analyst.getByLabel('Summary', { exact: true })).toHaveAttribute('readonly', '');
  await analyst.getByLabel('About').selectOption({ label: 'Attendance rate of San pupils: the value for 2025' });
  await analyst.getByLabel('Comment', { exact: true }).fill('71 % is above the school register for 2025. Please check the figure.');
  await analyst.getByRole('button', { name: 'Send' }).click();
  await expect(analyst.getByText('The comment is sent.')).toBeVisible();
  await analyst.getByRole('button', { name: 'Return with comments…' }).click();
  const returning = analyst.getByRole('alertdialog', { name: 'Return the 2025 report?' });
  await returning.getByRole('button', { name: 'Return the report' }).click();
  await expect(returning.getByText('Say what needs to change.')).toBeVisible();
  await returning.getByLabel('What needs to change').fill('Check the attendance figure, see the comment on it.');
  await returning.getByRole('button', { name: 'Return the report' }).click();
  await expect(analyst.getByText(/^Returned for changes/)).toBeVisible();

  // The coordinator learns of it on the home page, sees the comment beside the value, fixes the value, answers and resubmits.
  await page.goto('/');
  await page.getByRole('region', { name: 'News about your reports' }).getByRole('link', { name: /^Sara Nilsson returned the 2025 report of Ale – Ghanzi for changes/ }).click();
  await expect(page.getByText(/^Returned for changes/)).toBeVisible();
  const attendance = page.getByRole('region', { name: 'Indicators in 2025' }).getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Attendance rate of San pupils' }) });
  await expect(attendance).toContainText('71 % is above the school register for 2025.');
  await attendance.getByRole('button', { name: 'Answer Sara Nilsson’s comment on Attendance rate of San pupils: the value for 2025' }).click();
  await expect(attendance.getByLabel('Your answer')).toBeFocused();
  await attendance.getByLabel('Your answer').fill('Corrected to 69 % from the register.');
  await attendance.getByRole('button', { name: 'Send' }).click();
  await expect(attendance.locator('.comment').filter({ hasText: 'Corrected to 69 % from the register.' })).toBeFocused();
  await attendance.getByRole('link', { name: 'Attendance rate of San pupils' }).click();
  await page.getByLabel('Actual 2025').fill('69');
  await page.getByRole('button', { name: 'Save the values' }).click();
  await expect(page.getByText('The values are saved.')).toBeVisible();
  await page.goto(reportUrl);
  await page.getByRole('button', { name: 'Submit the report…' }).click();
  await page.getByRole('button', { name: 'Submit for review' }).click();
  await expect(page.getByText(/^Submitted on/)).toBeVisible();

  // The analyst reads what changed since the return, then approves; the year is frozen and the timeline tells the story.
  await analyst.reload();
  const changes = analyst.getByRole('region', { name: /^Changed since it was returned on / });
  await expect(changes.getByRole('table', { name: 'Indicator values of the year changed since the return' }).getByRole('row', { name: /Attendance rate of San pupils/ })).toContainText(
    /actual 71.*actual 69/,
  );
  await analyst.getByRole('button', { name: 'Approve…' }).click();
  await analyst.getByRole('button', { name: 'Approve the report' }).click();
  await expect(analyst.getByText(/^Approved: the report and the 2025 data are final/)).toBeVisible();
  const timeline = analyst.getByRole('region', { name: 'Timeline' });
  await expect(timeline.getByRole('listitem')).toHaveText([
    /Lina .* submitted the report\./,
    /Sara Nilsson returned the report for changes\.Check the attendance figure/,
    /Lina .* submitted the report\./,
    /Sara Nilsson approved the report\./,
  ]);
  await expectNoAxeViolations(analyst);

  await page.goto(`/partnerships/${aleGhanzi}/activities`);
  await page.getByRole('link', { name: 'Teacher training on learner participation' }).click();
  await expect(page.getByText('The 2025 report has been submitted or approved')).toBeVisible();
  await expect(page.getByLabel('Title')).toBeDisabled();
});

test.describe('as an admin', () => {
  test.use({ storageState: storageStateOf('admin') });

  test('reopens an approved report with a reason kept in its timeline', async ({ page }) => {
    await page.goto('/partnerships/00000000-0000-4000-c000-000000000002/reports/2023');
    await expect(page.getByText(/^Approved: the report and the 2023 data are final/)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Approve…' })).toHaveCount(0);
    await page.getByRole('button', { name: 'Reopen…' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Reopen the approved 2023 report?' });
    await dialog.getByLabel('Why it is reopened').fill('The audit found a double-counted workshop.');
    await dialog.getByRole('button', { name: 'Reopen the report' }).click();
    await expect(page.getByText(/^Returned for changes/)).toBeVisible();
    await expect(page.getByRole('region', { name: 'Timeline' }).getByRole('listitem').last()).toContainText('The audit found a double-counted workshop.');
    await expectNoAxeViolations(page);
  });
});

test.describe('as a coordinator of Växjö – JB Marks', () => {
  test.use({ storageState: storageStateOf('erik') });

  test('home lists what is still to do, however old, and the reviews carry the reviewer\'s name', async ({ page }) => {
    await page.goto('/');
    const todo = page.getByRole('region', { name: 'Still to do' });
    await expect(todo.getByRole('link', { name: 'Växjö – JB Marks: the 2024 report was returned for changes on 13 March 2025; change it and submit it again.' })).toBeVisible();
    await expect(todo.getByRole('link', { name: 'Växjö – JB Marks: 1 reviewer’s comment on the 2024 report is waiting for your answer.' })).toBeVisible();
    await expect(todo.getByRole('link', { name: 'Växjö – JB Marks: the 2025 report was due on 31 March 2026 and is still a draft.' })).toBeVisible();
    await expectNoAxeViolations(page);
    await todo.getByRole('link', { name: /2024 report was returned/ }).click();
    await expect(page.getByRole('region', { name: 'Timeline' })).toContainText('Sara Nilsson returned the report for changes.');
    await expect(page.getByRole('region', { name: 'The narrative' }).getByText('Sara Nilsson', { exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Answer Sara Nilsson’s comment on Challenges' })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

test.describe('as an analyst', () => {
  test.use({ storageState: storageStateOf('analyst') });

  test('the queue opens on every report waiting, of any year, longest first; home counts them', async ({ page }) => {
    await page.goto('/');
    const programme = page.getByRole('region', { name: 'The programme' });
    await programme.getByRole('link', { name: /reports? (is|are) waiting for review/ }).click();
    await expect(page).toHaveURL(/\/programme\/reviews$/);
    const waiting = page.getByRole('table', { name: 'Reports waiting for review, of every year' });
    // Ale – Ghanzi's 2024 report, submitted on 20 February 2025, has waited longest.
    const days = daysWaitedSince(2025, 1, 20);
    await expect(waiting.getByRole('row').nth(1).getByRole('cell')).toHaveText(['2024', 'Botswana', 'Submitted', '20 February 2025', String(days)]);
    await expect(waiting.getByRole('row').nth(1).getByRole('rowheader')).toHaveText('Ale – Ghanzi');
    await expectNoAxeViolations(page);
    await page.getByLabel('Year', { exact: true }).selectOption('2024');
    await page.getByRole('button', { name: 'Show' }).click();
    await expect(page.getByRole('table', { name: 'The reports of 2024' })).toBeVisible();
  });

  test('an indicator opened from a year\'s report shows that year\'s evidence', async ({ page }) => {
    await page.goto(`/partnerships/${robertsfors}/reports/2024`);
    await page.getByRole('region', { name: 'Indicators in 2024' }).getByRole('link', { name: 'Share of women among members of county committees' }).click();
    await expect(page.getByRole('region', { name: 'Evidence for 2024' })).toBeVisible();
  });

  test('prints a report with its tables and chart, in the reader\'s language', async ({ page }) => {
    await page.goto(`/partnerships/${robertsfors}/reports/2024`);
    await page.getByRole('link', { name: 'Printable version (print or save as PDF)' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Robertsfors – Machakos: report 2024' })).toBeVisible();
    await expect(page.getByText('Project year 4 of 6 (2021–2026)')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Societal' })).toContainText('More women in county decision-making · The partner municipality');
    await expect(page.getByRole('img', { name: /Bar chart of the activities per goal in 2024/ })).toBeVisible();
    await expect(page.getByRole('figure')).toHaveAccessibleName('Activities per goal in 2024: Goal 5 3 direct, 0 indirect; Goal 11 1 direct, 0 indirect; Goal 16 0 direct, 1 indirect.');
    await expect(page.getByRole('table', { name: 'Participants by sex' })).toContainText('124');
    await expectNoAxeViolations(page);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();
    await expect(page.getByRole('banner')).toBeHidden();
    await page.emulateMedia({ media: 'screen' });

    await page.getByRole('radio', { name: 'Svenska' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Robertsfors – Machakos: rapport 2024' })).toBeVisible();
    await expect(page.getByText('Projektår 4 av 6 (2021–2026)')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Samhällsnivå' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Sammanfattning' })).toBeVisible();
    await page.getByRole('radio', { name: 'English' }).click();
  });
});

test.describe('an analyst checking a report', () => {
  test.use({ storageState: storageStateOf('analyst') });

  test('sees the values by sex beside the totals, and progress through the report\'s year, on the report and its print view', async ({ page }) => {
    for (const url of [`/partnerships/${robertsfors}/reports/2024`, `/partnerships/${robertsfors}/reports/2024/print`]) {
      await page.goto(url);
      const trained = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Women and men trained in leadership' }) });
      const bySex = trained.getByRole('table', { name: 'Values for 2024 by sex' });
      await expect(bySex.getByRole('row', { name: /^Women/ })).toContainText('24 people');
      await expect(bySex.getByRole('row', { name: /^Men/ })).toContainText('12 people');
      // 2023 and 2024: 33 + 31 of 30 + 40, not of the 110 that the 2025 target adds
      await expect(trained).toContainText('64 people of 70 people (through 2024). That is 91% of the way to the target.');
      await expectNoAxeViolations(page);
    }
  });

  test('the figures panel and the goal table show all their columns, or scroll within themselves on a narrow screen, down to 320 px', async ({ page }) => {
    for (const width of [320, 390, 900, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(`/partnerships/${robertsfors}/reports/2024`);
      const goals = page.getByRole('table', { name: 'Activities and results per SDG goal in 2024' });
      await expect(goals).toBeVisible();
      await expect(page.getByRole('complementary', { name: '2024 in figures' }).getByRole('table').first()).toBeVisible();
      const layout = await page.evaluate(() => {
        const main = document.querySelector('main')!.getBoundingClientRect();
        const aside = document.querySelector('aside.report-aside')!.getBoundingClientRect();
        const within = (inner: DOMRect, outer: DOMRect) => inner.left >= outer.left - 1 && inner.right <= outer.right + 1;
        const frameOf = (table: Element) => (table.closest('.table-scroll') ?? table).getBoundingClientRect();
        const goalTable = [...document.querySelectorAll('table')].find((table) => table.caption?.textContent === 'Activities and results per SDG goal in 2024')!;
        const panelTables = [...document.querySelectorAll('aside.report-aside table')].filter((table) => table !== goalTable);
        return {
          // the panel's own tables fit it whole
          panelFits: within(aside, main) && panelTables.every((table) => within(table.getBoundingClientRect(), aside)),
          // the goal table's frame stays on the page; where the page has room, the table is whole in it
          goalFrameOnPage: within(frameOf(goalTable), main),
          goalWhole: goalTable.getBoundingClientRect().width <= frameOf(goalTable).width + 1,
        };
      });
      expect(layout, `at ${width} px`).toEqual({ panelFits: true, goalFrameOnPage: true, goalWhole: width >= 900 });
    }
  });
});

// Last in this file: it submits and approves the 2025 report the first journey writes in.
test('Robertsfors and Machakos write their 2025 report together in two languages; the analyst returns it, reads what changed and approves', async ({ browser }) => {
  test.slow();
  const anna = await (await browser.newContext({ storageState: storageStateOf('anna') })).newPage();
  const grace = await (await browser.newContext({ storageState: storageStateOf('grace') })).newPage();
  const analyst = await (await browser.newContext({ storageState: storageStateOf('analyst') })).newPage();
  const reportUrl = `/partnerships/${robertsfors}/reports/2025`;
  const section = (page: typeof anna, name: string) => page.locator('.report-section').filter({ has: page.getByLabel(name, { exact: true }) });

  // Machakos writes what changed there, and says when its sections are ready.
  await grace.goto(reportUrl);
  const challenges = section(grace, 'Challenges');
  await expect(challenges).toContainText('Written by Machakos County Government.');
  await expect(challenges.getByLabel('Who writes “Challenges”')).toHaveCount(0);
  await expect(section(grace, 'Contribution to the 2030 Agenda')).toContainText(/Machakos County Government: ready \(Grace Mwende/);
  await grace.getByLabel('Challenges', { exact: true }).fill('Staff turnover in the county assembly slowed the budget work; the youth councils kept going.');
  await expect(challenges.getByText('Saved', { exact: true })).toBeVisible();
  await grace.getByRole('button', { name: 'Mark “Challenges” ready from our side' }).click();
  await expect(challenges).toContainText(/Machakos County Government: ready \(Grace Mwende/);
  await expectNoAxeViolations(grace);

  // Robertsfors writes in Swedish and in English; Machakos sees who is at which section.
  await anna.goto(reportUrl);
  const plan = section(anna, 'Next year\'s plan');
  await anna.getByLabel('Write “Next year\'s plan” in another language').selectOption({ label: 'Swedish' });
  await anna.getByRole('button', { name: 'Add the language to “Next year\'s plan”' }).click();
  await anna.getByLabel('Next year\'s plan in Swedish').fill('Utbilda församlingarnas handläggare i jämställd budgetering och starta ungdomsråd i alla församlingar.');
  await expect(anna.getByLabel('Next year\'s plan in Swedish')).toHaveAttribute('lang', 'sv');
  await expect(plan.getByText('Translation needed: the English is behind another language.')).toBeVisible();
  await grace.reload();
  await expect(section(grace, 'Next year\'s plan').getByText('Anna Lindqvist is writing this section now.')).toBeVisible();
  await anna.getByLabel('Next year\'s plan', { exact: true }).fill('Train ward administrators in gender-responsive budgeting and start youth councils in every ward.');
  await expect(plan.getByText('Translation needed: the English is behind another language.')).toHaveCount(0);
  for (const name of ['Lessons learned', 'Next year\'s plan']) {
    await anna.getByRole('button', { name: `Mark “${name}” ready from our side` }).click();
    await expect(anna.getByRole('button', { name: `Take “${name}” back to drafting` })).toBeVisible();
  }
  await expectNoAxeViolations(anna);

  // The values of the year, then the checklist is clear and the Swedish coordinator submits.
  const checklist = anna.getByRole('region', { name: 'Before submitting' });
  const missingValue = checklist.getByRole('link', { name: /an actual value for the year/ });
  while ((await missingValue.count()) > 0) {
    await missingValue.first().click();
    await anna.getByLabel('Actual 2025').fill('4');
    await anna.getByRole('button', { name: 'Save the values' }).click();
    await expect(anna.getByText('The values are saved.')).toBeVisible();
    await anna.goto(reportUrl);
    await expect(checklist).toBeVisible();
  }
  await expect(anna.getByText('The report is complete and can be submitted.')).toBeVisible();
  await anna.getByRole('button', { name: 'Submit the report…' }).click();
  await anna.getByRole('alertdialog', { name: 'Submit the 2025 report?' }).getByRole('button', { name: 'Submit for review' }).click();
  await expect(anna.getByText(/^Submitted on/)).toBeVisible();

  // The analyst reads both languages side by side and who wrote what, and returns it with a reason.
  await analyst.goto(reportUrl);
  await expect(analyst.getByLabel('Next year\'s plan in Swedish')).toHaveValue(/^Utbilda församlingarnas handläggare/);
  await expect(section(analyst, 'Challenges')).toContainText('Written by Machakos County Government.');
  await expect(section(analyst, 'Challenges')).toContainText('Last written: English by Grace Mwende.');
  await expect(section(analyst, 'Next year\'s plan')).toContainText('Last written: English by Anna Lindqvist and Swedish by Anna Lindqvist.');
  await analyst.getByRole('button', { name: 'Return with comments…' }).click();
  const returning = analyst.getByRole('alertdialog', { name: 'Return the 2025 report?' });
  await returning.getByLabel('What needs to change').fill('Say how many councillors left, under Challenges.');
  await returning.getByRole('button', { name: 'Return the report' }).click();
  await expect(analyst.getByText(/^Returned for changes/)).toBeVisible();

  // Machakos answers in its section and marks it ready again; Robertsfors submits again.
  await grace.goto(reportUrl);
  await grace.getByLabel('Challenges', { exact: true }).fill('Nine of 32 councillors left after the by-elections, which slowed the budget work.');
  await expect(section(grace, 'Challenges').getByText('Saved', { exact: true })).toBeVisible();
  await grace.getByRole('button', { name: 'Mark “Challenges” ready from our side' }).click();
  await expect(section(grace, 'Challenges')).toContainText(/Machakos County Government: ready/);
  await anna.goto(reportUrl);
  await anna.getByRole('button', { name: 'Submit the report…' }).click();
  await anna.getByRole('button', { name: 'Submit for review' }).click();
  await expect(anna.getByText(/^Submitted on/)).toBeVisible();

  // The analyst sees the change since the return, before and after, and approves.
  await analyst.goto(reportUrl);
  const changes = analyst.getByRole('region', { name: /^Changed since it was returned/ });
  await expect(changes).toContainText('Staff turnover in the county assembly slowed the budget work; the youth councils kept going.');
  await expect(changes).toContainText('Nine of 32 councillors left after the by-elections');
  await analyst.getByRole('button', { name: 'Approve…' }).click();
  await analyst.getByRole('alertdialog').getByRole('button', { name: /^Approve/ }).click();
  await expect(analyst.getByText(/^Approved: the report and the 2025 data are final/)).toBeVisible();
  await expectNoAxeViolations(analyst);
});

test('Robertsfors – Machakos start 2026 from their approved 2025 report and decide on every item carried forward, the reviewer’s point among them', async ({ browser }) => {
  const page = await (await browser.newContext({ storageState: storageStateOf('anna') })).newPage();
  await page.goto(`/partnerships/${robertsfors}/reports/2026`);
  await expect(page.getByLabel('Carry forward from the 2025 report')).toBeChecked();
  await page.getByRole('button', { name: 'Start the 2026 report' }).click();
  const carried = page.getByRole('region', { name: 'Carried forward from 2025' });
  const checklist = page.getByRole('region', { name: 'Before submitting' });
  await expect(carried.getByRole('button', { name: 'Keep the point “Say how many councillors left, under Challenges.” to address in 2026' })).toBeVisible();
  await expect(checklist.getByRole('link', { name: /^Decide on the/ }).first()).toBeVisible();
  // Nothing is carried silently: each item waits for its own decision (the first of its two buttons here).
  const buttons = carried.getByRole('button');
  for (let left = await buttons.count(); left > 0; left -= 2) {
    await buttons.first().click();
    await expect(buttons).toHaveCount(left - 2);
  }
  await expect(checklist.getByRole('link', { name: /^Decide on the/ })).toHaveCount(0);
  await expect(carried).toContainText('Say how many councillors left, under Challenges.');
  await expectNoAxeViolations(page);
});
