// Where a year of 一年一考评 stands, and what the office does with it: 计算 (again whenever records change), 关闭年度
// (after asking: it freezes the scores and publishes the table's SHA-256), and, while the year has no rules, a
// start from a template or from last year's. A closed year shows its hash in full, the published CSV to download
// and how to check one against the other. The service's reason is shown whenever it refuses.
import * as api from './api.js';
import { h, saveBlob } from './dom.js';
import { chineseDateTime } from './format.js';
import { stateDetail, stateTag } from './evaluation-marks.js';
import { RULES_STARTS, labelOf } from './labels.js';
import { may } from './permissions.js';
import { hideBanner, reportProblem } from './problems.js';

/**
 * The year's panel. changed() runs after the office computed, closed or started the rules, so the screen reads the
 * year again; thisYear is the office's, since a year closes only once it is over.
 */
export function yearPanel({ committee, thisYear, changed }) {
  const scope = { committeeId: committee.id };
  const banner = h('div', { class: 'banner', 'data-banner': true, role: 'alert', hidden: true });
  const notice = h('p', { class: 'notice', role: 'status', 'data-notice': true });
  const title = h('h3', { id: 'evaluation-year-title' });
  const computeButton = h('button', { type: 'button', class: 'primary', 'data-action': 'compute', text: '计算' });
  const closeButton = h('button', { type: 'button', 'data-action': 'close-year', text: '关闭年度' });
  const stateLine = h('p', { class: 'state-line', 'data-evaluation-state': true });
  const rulesLine = h('p', { class: 'meta', 'data-rules': true });
  const published = h('div', { class: 'published', 'data-published': true, hidden: true });
  const reopenings = h('ul', { class: 'reopenings', 'data-reopenings': true, hidden: true });
  const starter = h('form', { class: 'rules-start', 'data-rules-start': true, hidden: true });
  const confirmText = h('p', { 'data-confirm-text': true });
  const confirmer = h('dialog', { class: 'dialog', 'data-confirm': true },
    h('form', { method: 'dialog', 'data-confirm-form': true }, h('h2', { text: '关闭年度考评' }), confirmText,
      h('div', { class: 'actions' },
        h('button', { type: 'submit', class: 'danger', text: '关闭年度' }),
        h('button', { type: 'button', 'data-action': 'close-dialog', text: '取消' }))));
  const office = may('computeEvaluation');
  const panel = h('section', { class: 'panel evaluation-year', 'data-evaluation-year': true, 'aria-labelledby': title.id },
    h('div', { class: 'panel-head' }, title,
      office ? h('div', { class: 'toolbar' }, computeButton, may('closeEvaluation') ? closeButton : null) : null),
    stateLine, rulesLine, published, reopenings, banner, notice, starter, confirmer);
  const state = { year: null, evaluation: null, templates: null, startKey: null };

  /**
   * evaluation: the EvaluationYear; rules: the year's EvaluationRules, or null while it has none. A refusal shown
   * before is done with once the year is read again (another year, or a change made elsewhere on the screen).
   */
  function show(evaluation, rules) {
    hideBanner(banner);
    state.year = evaluation.year;
    state.evaluation = evaluation;
    const closed = evaluation.status === 'CLOSED';
    title.textContent = `${evaluation.year} 年度`;
    const detail = stateDetail(evaluation);
    const who = [evaluation.computedBy && `计算人 ${evaluation.computedBy}`, closed && evaluation.closedBy && `关闭人 ${evaluation.closedBy}`].filter(Boolean);
    stateLine.replaceChildren(stateTag(evaluation.status), detail ? `（${detail}）` : '',
      who.length ? h('span', { class: 'meta-inline', text: ` ${who.join(' · ')}` }) : '');
    rulesLine.textContent = rules ? `考评细则：${rules.name}` : `尚未制定 ${evaluation.year} 年的考评细则`;
    computeButton.hidden = closed;
    computeButton.textContent = evaluation.status === 'NOT_COMPUTED' ? '计算' : '重新计算';
    closeButton.hidden = closed || evaluation.year >= thisYear;
    if (!closed && evaluation.year >= thisYear && office) rulesLine.append(h('span', { class: 'meta-inline', text: '（年度结束后才能关闭）' }));
    showPublished(evaluation);
    showReopenings(evaluation.reopenings ?? []);
    if (office && !rules && !closed) showStarter(); else starter.hidden = true;
  }

  function showPublished(evaluation) {
    published.hidden = evaluation.status !== 'CLOSED' || !evaluation.sha256;
    if (published.hidden) return;
    published.replaceChildren(
      h('p', { class: 'published-label', text: '结果表 SHA-256' }),
      h('code', { class: 'sha256', 'data-sha256': true, text: evaluation.sha256 }),
      h('p', { class: 'published-tools' },
        may('exportEvaluationTable') ? h('button', { type: 'button', class: 'link', 'data-action': 'download-table', text: '下载结果表（CSV）' }) : null,
        h('span', { class: 'hint', text: '可用 sha256sum 核对下载的结果表' })));
  }

  function showReopenings(list) {
    reopenings.hidden = list.length === 0;
    reopenings.replaceChildren(...list.map((r) => h('li', {},
      `${chineseDateTime(r.at)} ${r.by} 重新打开：${r.reason}`,
      h('span', { class: 'meta-inline' }, '（原结果表 SHA-256 ', h('code', { class: 'sha256', text: r.sha256 }), '）'))));
  }

  /** Where the year's rules may start from: the two templates, described as the service describes them, or last year's. */
  async function showStarter() {
    starter.hidden = false;
    state.startKey = api.newIdempotencyKey();
    if (!state.templates) state.templates = await api.listEvaluationTemplates().catch(() => []);
    const year = state.year;
    const described = { PREVIOUS_YEAR: `复制 ${year - 1} 年的细则，改为 ${year} 年的（${year - 1} 年须已有细则）` };
    for (const t of state.templates) described[t.code] = t.description;
    starter.replaceChildren(
      h('fieldset', { class: 'field' }, h('legend', { text: `从模板开始制定 ${year} 年的考评细则` }),
        Object.keys(RULES_STARTS).map((code, i) => h('label', { class: 'choice rules-choice' },
          h('input', { type: 'radio', name: 'from', value: code, checked: i === 0 }),
          h('span', { class: 'lines' }, h('strong', { text: labelOf(RULES_STARTS, code) }), h('span', { class: 'meta-inline', text: described[code] ?? '' }))))),
      h('p', { class: 'hint', text: '模板中的分值是示例，制定后请按本会的考核办法核对；细则可在年度关闭前修改，修改后须重新计算。' }),
      h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary', text: '制定细则' })));
  }

  async function run(button, work) {
    button.disabled = true;
    hideBanner(banner);
    notice.textContent = '';
    try {
      await work();
    } catch (error) {
      reportProblem(error, { banner });
    } finally {
      button.disabled = false;
    }
  }

  const compute = () => run(computeButton, async () => {
    const evaluation = await api.computeEvaluation(state.year, scope);
    await changed();
    notice.textContent = `已计算 ${evaluation.year} 年的考评：参加考评 ${evaluation.members} 人`;
  });

  const close = () => run(closeButton, async () => {
    const evaluation = await api.closeEvaluation(state.year, scope);
    await changed();
    notice.textContent = `已关闭 ${evaluation.year} 年度考评，结果表和它的 SHA-256 已公布`;
  });

  const startRules = () => run(starter.querySelector('[type="submit"]'), async () => {
    const from = starter.elements.namedItem('from').value;
    const rules = await api.createEvaluationRules(state.year, { from }, scope, state.startKey);
    await changed();
    notice.textContent = `已按${labelOf(RULES_STARTS, from)}制定 ${rules.year} 年的考评细则“${rules.name}”，可以计算了`;
  });

  /** The published table through a Blob, so the download carries the session; its name says whose and which year. */
  const download = (button) => run(button, async () => {
    const blob = await api.exportEvaluationTable(state.year, scope);
    saveBlob(blob, `考评结果表-${committee.name}-${state.year}.csv`);
    notice.textContent = `已下载 ${state.year} 年的结果表`;
  });

  panel.addEventListener('click', (event) => {
    const target = event.target.closest('[data-action]');
    const action = target?.dataset.action;
    if (action === 'compute') compute();
    else if (action === 'download-table') download(target);
    else if (action === 'close-dialog') target.closest('dialog').close();
    else if (action === 'close-year') {
      hideBanner(banner);
      confirmText.textContent = `关闭后将按截至今天的记录最后计算一次并冻结 ${state.year} 年的考评：得分、等次和明细不再随记录的修改而变，`
        + '细则不能再改，当年的表彰不能再增删；结果表以 CSV 公布，并公布它的 SHA-256。只有系统管理员可以说明原因后重新打开。';
      confirmer.showModal();
    }
  });
  panel.addEventListener('submit', (event) => {
    if (event.target === starter) { event.preventDefault(); startRules(); }
    else if (event.target.matches('[data-confirm-form]')) close();
  });

  return { panel, show };
}
