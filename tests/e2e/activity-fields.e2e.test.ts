// Activity custom fields and survey answers in the quick-log sheet, on a 375-px phone in Japanese: an admin
// defines 来店目的 (贈答 / 自宅用); a member logs a visit choosing 贈答 and it is saved with the visit; a
// required field stops 記録する until it is filled and the server's check shows under it; a survey's
// question → answer rows are added, removed, saved and shown in the timeline.
import path from 'node:path';
import type { Page, Response } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Activity, TimelineEntry } from '../../src/common/history.ts';
import type { Field } from '../../src/common/fields.ts';
import { newContext, PHONE, SCREENSHOT_DIR } from './harness.ts';
import { field, ownerPage, serverAndBrowser } from './flows.ts';
import { postAs, RAW_KEY, shootPart } from './walk.ts';

/** The sheet as the user sees it over the record, checked for raw keys and sideways scrolling. */
async function shootSheet(page: Page, name: string): Promise<void> {
  expect(await page.getByRole('dialog').innerText(), `${name} shows a raw locale key`).not.toMatch(RAW_KEY);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `${name} is wider than the screen`).toBeLessThanOrEqual(0);
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), animations: 'disabled' });
}

const isActivityPost = (response: Response) => response.request().method() === 'POST' && /\/api\/people\/[^/]+\/activities$/.test(response.url());

describe('activity fields and survey answers in the quick-log sheet', () => {
  const suite = serverAndBrowser({ setUp: true });

  it('logs a visit with its purpose, checks a required field, and logs a survey whose pairs the timeline shows', async () => {
    const owner = await ownerPage(suite, PHONE);
    const purpose = await postAs<Field>(owner, '/api/fields', {
      entityType: 'activity', label: '来店目的', type: 'single_choice', options: [{ label: '贈答' }, { label: '自宅用' }],
    });
    const gift = purpose.options.find((option) => option.label === '贈答')!;
    const person = await postAs<{ personId: string }>(owner, '/api/people', { familyName: '佐藤', givenName: '一郎' });
    const { url } = await postAs<{ url: string }>(owner, '/api/invitations', { email: 'staff@example.jp', role: 'member' });

    const staff = await (await newContext(suite.browser, PHONE)).newPage();
    await staff.goto(`${suite.server.url}${new URL(url).pathname}`);
    await field(staff, 'お名前').fill('佐藤 花子');
    await field(staff, 'パスワード').fill('staff-password-123');
    await staff.getByRole('button', { name: '参加する' }).click();
    await staff.waitForURL(`${suite.server.url}/`);
    await staff.goto(`${suite.server.url}/people/${person.personId}`);
    await staff.getByRole('heading', { name: '佐藤　一郎' }).waitFor();
    const quickLog = staff.getByRole('group', { name: '接触を記録' });

    // A visit: 来店, the purpose chosen from the field's options, 記録する; the visit holds the option's id.
    await quickLog.getByRole('button', { name: '来店', exact: true }).click();
    const visitSheet = staff.getByRole('dialog', { name: '来店を記録' });
    await visitSheet.getByRole('combobox', { name: '来店目的' }).click();
    await staff.getByRole('option', { name: '贈答' }).click();
    expect(await visitSheet.getByRole('combobox', { name: '来店目的' }).inputValue()).toBe('贈答');
    await shootSheet(staff, 'activity-fields-visit-phone');
    const [visitSaved] = await Promise.all([staff.waitForResponse(isActivityPost), visitSheet.getByRole('button', { name: '記録する' }).click()]);
    expect(visitSaved.status()).toBe(201);
    const visit = (await visitSaved.json()) as Activity;
    expect(visit.kind).toBe('visit');
    expect(visit.custom).toEqual({ [purpose.fieldId]: gift.optionId });
    await visitSheet.waitFor({ state: 'hidden' });

    // With nothing chosen the field is not sent: still two taps.
    await quickLog.getByRole('button', { name: '来店', exact: true }).click();
    const [plainSaved] = await Promise.all([staff.waitForResponse(isActivityPost), visitSheet.getByRole('button', { name: '記録する' }).click()]);
    expect(plainSaved.request().postDataJSON()).toEqual({ kind: 'visit' });
    await visitSheet.waitFor({ state: 'hidden' });

    // A required email field: 記録する asks for it first, then the server's type check shows under it.
    const email = await postAs<Field>(owner, '/api/fields', { entityType: 'activity', label: '返信先メール', type: 'email', required: true });
    await staff.reload();
    await quickLog.getByRole('button', { name: '電話', exact: true }).click();
    const callSheet = staff.getByRole('dialog', { name: '電話を記録' });
    const emailInput = callSheet.getByLabel('返信先メール');
    let posts = 0;
    staff.on('request', (request) => { if (request.method() === 'POST' && request.url().endsWith('/activities')) posts += 1; });
    await callSheet.getByRole('button', { name: '記録する' }).click();
    await callSheet.getByText('入力してください。').waitFor();
    expect(posts).toBe(0);
    await emailInput.fill('sato@');
    const [refused] = await Promise.all([staff.waitForResponse(isActivityPost), callSheet.getByRole('button', { name: '記録する' }).click()]);
    expect(refused.status()).toBe(400);
    const problem = (await refused.json()) as { errors: { field: string; message: string }[] };
    const message = problem.errors.find((error) => error.field === `custom.${email.fieldId}`)!.message;
    expect(await emailInput.getAttribute('aria-invalid')).toBe('true');
    await callSheet.getByText(message, { exact: true }).waitFor();
    await shootSheet(staff, 'activity-fields-error-phone');
    await emailInput.fill('sato@example.jp');
    const [callSaved] = await Promise.all([staff.waitForResponse(isActivityPost), callSheet.getByRole('button', { name: '記録する' }).click()]);
    expect(((await callSaved.json()) as Activity).custom).toEqual({ [email.fieldId]: 'sato@example.jp' });
    await callSheet.waitFor({ state: 'hidden' });
    // No longer required, so that the survey below is logged without it.
    await postAs(owner, `/api/fields/${email.fieldId}`, { required: false }, 'PATCH');
    await owner.context().close();

    // A survey: two pairs kept, a third row added and removed, sent as details.answers.
    await staff.reload();
    await quickLog.getByRole('button', { name: 'その他' }).click();
    await staff.getByRole('menuitem', { name: 'アンケート' }).click();
    const surveySheet = staff.getByRole('dialog', { name: 'アンケートを記録' });
    await surveySheet.getByRole('textbox', { name: '質問 1' }).fill('来店のきっかけ');
    await surveySheet.getByRole('textbox', { name: '回答 1' }).fill('友人の紹介');
    await surveySheet.getByRole('button', { name: '質問を追加' }).click();
    await surveySheet.getByRole('textbox', { name: '質問 2' }).fill('満足度');
    await surveySheet.getByRole('textbox', { name: '回答 2' }).fill('とても満足');
    await surveySheet.getByRole('button', { name: '質問を追加' }).click();
    await surveySheet.getByRole('textbox', { name: '質問 3' }).fill('消す質問');
    await surveySheet.getByRole('button', { name: '質問 3 を削除' }).click();
    expect(await surveySheet.getByTestId('survey-row').count()).toBe(2);
    await shootSheet(staff, 'activity-fields-survey-sheet-phone');
    const [surveySaved] = await Promise.all([staff.waitForResponse(isActivityPost), surveySheet.getByRole('button', { name: '記録する' }).click()]);
    expect(surveySaved.status()).toBe(201);
    await surveySheet.waitFor({ state: 'hidden' });

    const timeline = await staff.evaluate(async (id) => ((await (await fetch(`/api/people/${id}/timeline`)).json()) as { items: TimelineEntry[] }).items, person.personId);
    const survey = timeline.find((entry) => entry.kind === 'survey')!;
    expect(survey.data.answers).toEqual([{ question: '来店のきっかけ', answer: '友人の紹介' }, { question: '満足度', answer: 'とても満足' }]);
    const entry = staff.locator('[data-testid="timeline-entry"][data-kind="survey"]');
    await entry.waitFor();
    expect(await entry.getByTestId('survey-pairs').innerText()).toBe('来店のきっかけ：友人の紹介\n満足度：とても満足');
    const overflow = await staff.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await shootPart(entry, 'activity-fields-survey-entry-phone');
    await staff.context().close();
  });
});
