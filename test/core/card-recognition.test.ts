/**
 * What fooled the model-card checks on real cards, one class at a time (issue: "fix the classes,
 * not the examples"): each test writes the class in words of our own and checks the item is
 * recognised, or rightly reported missing, with one finding per gap.
 */
import * as assert from 'node:assert/strict';
import { analyzeModelCard, cardHoverAt, isHuggingFaceCard, type CardLink, type Finding } from '../../server/src/core/index';
import { NOTHING_ANY, NOTHING_LINE } from '../../server/src/core/cards/sections';

const BOTH: CardLink[] = [{ manifest: 'ai-security.yaml', assetId: 'model', roles: ['developer', 'system-operator'], sha256: undefined, shared: undefined, publicData: false }];
const analyse = (text: string, links: CardLink[] = BOTH) => analyzeModelCard(text, { path: 'MODEL_CARD.md', links }).findings;
/** The 8.1.1 items, and 4.5, 9.3, 10.2.1, 8.2, 8.2.1, the findings report missing. */
function gaps(findings: Finding[]): string[] {
  const out = new Set<string>();
  for (const f of findings) {
    const d = (f.data ?? {}) as { item?: string; items?: string[]; also?: string[] };
    if (f.code === '8.1.1' && d.item) out.add(`8.1.1:${d.item}`);
    else if (['4.5', '9.3', '10.2.1', '8.2', '8.2.1'].includes(f.code)) out.add(f.code);
    for (const i of d.items ?? []) out.add(`8.1.1:${i}`);
    for (const a of d.also ?? []) out.add(a);
  }
  return [...out].sort();
}
const INTRO = '# Claims triage\n\nA classifier that sorts insurance claims into queues for human handlers.\n\n';
/** A card that says nothing of what the model is for: the scope tests add one line to it. */
const PLAIN = '# Claims triage\n\nSee below.\n\n';
/** Whether a card of `head` and one more line shows an item: no finding says it is missing. */
const shows = (item: string, line: string, head = INTRO) => !gaps(analyse(`${head}${line}\n`)).includes(item);
const restricted = (line: string) => shows('4.5', line);
const guard = (line: string) => shows('8.1.1:guardrails', line);
const scope = (line: string) => shows('8.1.1:scope', line, PLAIN);
const results = (line: string) => shows('9.3', line);
const trained = (line: string) => shows('8.1.1:training', line);
/** Whether a card of INTRO and `line` states how often the model is reviewed. */
const reviewed = (line: string) => shows('8.1.1:review', line);
/** Whether a card of INTRO and `line` says how long data is kept. */
const kept = (line: string) => shows('8.1.1:retention', line);
/** Limitations on a card that has its intended use. */
const limits = (line: string) => shows('8.1.1:failure', line, `${INTRO}## Intended use\n\nFor claim desks.\n\n`);
/** The severity of a card's 10.2.1 finding, if it has one. */
const sev = (text: string) => analyse(text).find((x) => x.code === '10.2.1')?.severity;
/** The gaps of a card in Chinese (four sentences on what it does) with one more line. */
const zh = (line: string) => gaps(analyse(`# \u7406\u8d54\u5206\u6d41\u6a21\u578b\n\n${'\u672c\u6a21\u578b\u628a\u7406\u8d54\u4fe1\u4ef6\u5206\u6210\u516b\u7c7b\uff0c\u8f93\u5165\u4e3a\u4e00\u6bb5\u6587\u5b57\u3002'.repeat(4)}\n\n${line}\n`));
/** The gaps of a card in Korean (four sentences on what it does) with one more line. */
const ko = (line: string) => gaps(analyse(`# \uB77C\uC6B0\uD130\n\n${'\uC774 \uBAA8\uB378\uC740 \uBCF4\uD5D8 \uCCAD\uAD6C \uC11C\uC2E0\uC744 \uC5EC\uB35F \uAC1C\uC758 \uB300\uAE30\uC5F4\uB85C \uBD84\uB958\uD569\uB2C8\uB2E4. '.repeat(4)}\n\n${line}\n`));
/** The 8.2 and 8.2.1 gaps of a card whose training-data section holds `body`. */
const data = (body: string) => gaps(analyse(`${INTRO}## Training data\n\n${body}\n`)).filter((g) => g.startsWith('8.2'));

describe('model cards: recognised by meaning', () => {
  for (const heading of ['Limitations', 'Limitations and Bias', 'Performance and Limitations', 'Ethical Considerations and Limitations', 'Responsible AI Considerations', 'Risks', 'Known issues', 'Caveats']) {
    it(`failure modes under "${heading}"`, () => {
      assert.ok(!gaps(analyse(`${INTRO}## ${heading}\n\nIt misroutes claims written in Welsh.\n`)).includes('8.1.1:failure'));
    });
  }

  const outOfScope: [string, string][] = [
    ['a bold label', '**Out-of-scope** Use in any manner that breaks the law.'],
    ['a list item', '- **Out-of-scope use cases**: deciding whether a claim is paid.'],
    ['"should not be used"', 'The model should not be used to decide whether a claim is paid.'],
    ['"we caution against"', 'We caution against deploying it without a human reviewer.'],
    ['a link to a prohibited-use policy', 'Uses are bound by our [Acceptable Use Policy](https://example.org/aup).'],
  ];
  for (const [form, line] of outOfScope) {
    it(`out-of-scope uses as ${form}`, () => {
      assert.ok(!gaps(analyse(`${INTRO}## Uses\n\n${line}\n`)).includes('4.5'));
    });
  }

  it('labels in property tables, and list items whose content is nested below them', () => {
    const table = `${INTRO}| property | value |\n| --- | --- |\n| **Training data** | 40,000 claims from our archive |\n`;
    assert.ok(!gaps(analyse(table)).includes('8.1.1:training'));
    const nested = `${INTRO}## Model data\n\n- Training data\n\n  | source | size |\n  | --- | --- |\n  | claims archive | 40,000 |\n`;
    assert.ok(!gaps(analyse(nested)).includes('8.1.1:training'));
    const bare = `${INTRO}Training data:\n\n- the claims archive, 2019 to 2024\n`;
    assert.ok(!gaps(analyse(bare)).includes('8.1.1:training'));
  });

  it('"we do not use the … technique" is no prohibited use; "do not use this model for …" is', () => {
    assert.ok(gaps(analyse(`${INTRO}## Method\n\nWe do not use the deferred back-propagation technique.\n`)).includes('4.5'));
    assert.ok(!gaps(analyse(`${INTRO}## Method\n\nDo not use this model for paying claims.\n`)).includes('4.5'));
  });

  it('a card written in another script gets one card-language notice, not a finding per item', () => {
    // Ukrainian: Cyrillic, but not Russian (no "и", "что", "это", "как"), which the checks read.
    const text = '# Класифікатор страхових заяв\n\nЦя модель сортує страхові заяви за терміновістю і передає їх відповідним командам. Навчальні дані взято з нашого власного архіву документів. Не використовуйте її для автоматичної відмови у виплатах.\n\n## Обмеження\n\nВона погано розпізнає рукописні документи, тому кожне рішення перевіряє людина.\n';
    const f = analyse(text);
    assert.deepEqual(f.map((x) => x.code).filter((c) => c !== '8.1.2'), ['card-language']);
    assert.equal(f.find((x) => x.code === 'card-language')!.severity, 'information');
  });

  it('a card in Chinese (simplified or traditional) is read by its headings, labels and key sentences, and raises no error on its own', () => {
    const text = '# 理赔分流模型\n\n本模型旨在帮助理赔人员优先处理紧急案件。训练数据来自我们自己的档案。不得用于自动拒赔。\n\n## 限制\n\n对手写材料的识别效果较差，模型可能会给出错误的优先级。\n\n## 评估结果\n\n| 指标 | 数值 |\n| --- | --- |\n| 准确率 | 0.91 |\n';
    const f = analyse(text);
    assert.ok(!f.some((x) => x.code === 'card-language'));
    assert.deepEqual(gaps(f), ['8.1.1:guardrails', '8.1.1:retention', '8.1.1:review']);
    const traditional = '# 理賠分流模型\n\n本模型旨在協助理賠人員。\n\n## 訓練資料\n\n- 訓練：自有檔案，共 11,248 筆。\n\n## 使用限制\n\n請勿將本模型用於自動拒賠，亦不適用於醫療判斷。模型可能會產生錯誤。\n';
    assert.deepEqual(gaps(analyse(traditional)), ['8.1.1:guardrails', '8.1.1:retention', '8.1.1:review', '9.3']);
    // Nothing recognised is a judgement in a language read by a table of phrases: a warning.
    const bare = analyse('# 理赔分流模型\n\n' + '这是一个把理赔信件分成八类的小模型，类别见下表，输入为一段文字，输出为一个类别编号。'.repeat(3) + '\n');
    assert.ok(bare.some((x) => x.code === '10.2.1') && !bare.some((x) => x.code === '10.2.1' && x.severity === 'error'));
  });

  it('cards in Japanese, Korean and Russian are read by their headings and key sentences, and raise no error on their own', () => {
    const japanese = '# 保険請求分類モデル\n\n本モデルは保険請求を緊急度に応じて分類し、担当チームに転送します。請求担当者の優先順位付けを支援することを目的としています。\n\n## 学習データ\n\n自社で保管している請求書類（2019年から2024年）を用いて学習しました。\n\n## 制限事項\n\n手書きの書類では誤った分類を出力する可能性があります。自動的な支払い拒否には使用しないでください。\n\n## 評価\n\n正解率は 0.91 でした。\n';
    const ja = analyse(japanese);
    assert.ok(!ja.some((x) => x.code === 'card-language'));
    assert.deepEqual(gaps(ja), ['8.1.1:guardrails', '8.1.1:retention', '8.1.1:review']);
    const korean = '# 보험 청구 분류 모델\n\n이 모델은 보험 청구를 긴급도에 따라 분류하여 담당 팀에 전달합니다. 청구 담당자의 업무를 돕기 위해 개발되었습니다.\n\n## 학습 데이터\n\n자체 보관 문서 11,248건을 사용하여 학습했습니다.\n\n## 제한 사항\n\n손으로 쓴 서류는 잘 인식하지 못하며 잘못된 정보를 출력할 수 있습니다. 자동 거절에는 사용하지 마십시오.\n';
    const ko = analyse(korean);
    assert.ok(!ko.some((x) => x.code === 'card-language'));
    assert.deepEqual(gaps(ko), ['8.1.1:guardrails', '8.1.1:retention', '8.1.1:review', '9.3']);
    const russian = '# Классификатор страховых заявлений\n\nЭта модель сортирует страховые заявления по срочности и передаёт их нужным командам. Модель предназначена для сотрудников, которые разбирают заявления, и не заменяет их решение.\n\n## Данные для обучения\n\nМодель обучена на 11 248 заявлениях из нашего архива.\n\n## Ограничения\n\nМодель может ошибаться на рукописных документах. Не следует использовать её для автоматического отказа в выплате.\n\n## Оценка\n\nТочность на тестовой выборке: 0,91.\n';
    const ru = analyse(russian);
    assert.ok(!ru.some((x) => x.code === 'card-language'));
    assert.deepEqual(gaps(ru), ['8.1.1:guardrails', '8.1.1:retention', '8.1.1:review']);
    // Nothing recognised is a warning: a table of phrases misses more outside English.
    const bare = analyse('# Классификатор\n\n' + 'Это небольшая сеть, и она делит письма на восемь классов, что видно из таблицы ниже, как и формат входа. '.repeat(3) + '\n');
    assert.ok(!bare.some((x) => x.code === 'card-language'));
    assert.ok(bare.some((x) => x.code === '10.2.1') && !bare.some((x) => x.severity === 'error' && x.code === '10.2.1'));
    // A date in the CJK form is a date: "2020年7月6日時点のダンプ".
    const fm = '---\ndatasets:\n- wikipedia\n---\n';
    const dump = analyse(`${fm}# 保険請求分類モデル\n\n請求担当者の優先順位付けを支援することを目的としています。\n\n## 学習データ\n\n[Wikipedia](https://ja.wikipedia.org)の日本語ダンプデータ（2020年7月6日時点のもの）を用いて学習しました。\n`);
    assert.ok(!gaps(dump).includes('8.2.1'));
  });

  it('a card in another language in the Latin script gets the notice too, unless it is in Spanish, French, German, Portuguese or Italian (read, with no error on its own); one whose headings name the items in English is read', () => {
    const para = 'Ce modèle classe les demandes des assurés selon leur urgence, puis les transmet aux équipes concernées. ';
    // Dutch: no language the checks read.
    const nl = `# Schadeclaims sorteren\n\n${'Dit model sorteert de aanvragen van verzekerden naar urgentie en stuurt ze door naar de juiste teams. '.repeat(12)}\n\n## Beperkingen\n\nHet vergist zich bij handgeschreven brieven.\n`;
    assert.deepEqual(analyse(nl).map((x) => x.code).filter((c) => c !== '8.1.2'), ['card-language']);
    // French, with the little words of running French ("le", "la", "et", "est", "pour", "dans"…): read.
    const fr = `# Tri des sinistres\n\n${'Le modèle est entraîné sur les archives de la compagnie et il trie les demandes pour les équipes, dans un ordre qui suit l’urgence. '.repeat(3)}\n\n## Limites\n\nLe modèle peut se tromper sur les lettres manuscrites. Ne pas utiliser pour fixer une indemnité.\n`;
    const read = analyse(fr);
    assert.ok(!read.some((x) => x.code === 'card-language'));
    assert.ok(!gaps(read).includes('4.5') && !gaps(read).includes('8.1.1:failure') && !read.some((x) => x.severity === 'error' && x.code !== '8.1.2'));
    const both = `# Tri des sinistres\n\n${para.repeat(12)}\n\n## Utilisation / Intended use\n\nTri.\n\n## Données / Training data\n\nArchives 2019-2024.\n\n## Limites / Limitations\n\nManuscrits.\n\n## Évaluation / Evaluation\n\nExactitude 0,91 ; 0.91.\n`;
    assert.ok(!analyse(both).some((x) => x.code === 'card-language'));
  });

  it('a hover on a heading names the items the checks count it for, by the same match', () => {
    const a = analyzeModelCard(`${INTRO}## Performance and Limitations\n\nIt fails on Welsh.\n\n## How to use\n\nRun it.\n`, { path: 'MODEL_CARD.md', links: BOTH });
    assert.match(String(cardHoverAt(a.context, { line: 4, character: 4 })?.contents), /failure modes; evaluation/);
    assert.equal(cardHoverAt(a.context, { line: 8, character: 4 }), undefined);
  });

  it('evaluation results under "Performance"; guardrails under "Responsibility & Safety"; training data told in another section', () => {
    const text = `${INTRO}## Performance\n\n| set | accuracy |\n| --- | --- |\n| held-out claims | 0.91 |\n\n## Responsibility & Safety\n\nOutputs pass a filter that holds back personal data.\n\n## Overview\n\nThe model was trained on 40,000 claims from our own archive.\n`;
    const g = gaps(analyse(text));
    for (const item of ['9.3', '8.1.1:guardrails', '8.1.1:training']) assert.ok(!g.includes(item), `${item} in ${g.join(', ')}`);
  });

  it('stock text counts as nothing: "More information needed" without brackets, "Not applicable"', () => {
    const g = gaps(analyse(`${INTRO}## Intended uses & limitations\n\nMore information needed\n\n## Training data\n\nTraining Data: Not applicable\n`));
    for (const item of ['8.1.1:training', '10.2.1']) assert.ok(g.includes(item), g.join(', '));
    // With what is needed named, under the template's comment.
    assert.ok(gaps(analyse(`${INTRO}## Training Data\n\n<!-- This should link to a Data Card. -->\n\nMore information on training data needed\n`)).includes('8.1.1:training'));
    assert.ok(!gaps(analyse(`${INTRO}## Training Data\n\nLetters of 2024; more information about the 2023 letters is needed before they are added.\n`)).includes('8.1.1:training'));
  });

  it('the quick test for lines that state nothing carries the same phrases as the line form, so no such line is skipped', () => {
    /** The group that opens at `from` in an expression's source, brackets balanced (escaped ones skipped). */
    const group = (source: string, from: number): string => {
      let depth = 0;
      for (let i = from; i < source.length; i++) {
        if (source[i] === '\\') i++;
        else if (source[i] === '(') depth++;
        else if (source[i] === ')' && --depth === 0) return source.slice(from, i + 1);
      }
      throw new Error(`no group at ${from} in ${source}`);
    };
    const phrases = (re: RegExp) => group(re.source, re.source.indexOf('(?:not applicable'));
    assert.equal(phrases(NOTHING_ANY), phrases(NOTHING_LINE));
    assert.match(phrases(NOTHING_ANY), /\|pending\)$/, 'the whole list, to its last phrase');
  });

  it('an evaluation section that only points to a paper shares no findings (9.3)', () => {
    assert.ok(gaps(analyse(`${INTRO}## Evaluation\n\nSee Section 4 of [the paper](https://arxiv.org/abs/0000.00000).\n`)).includes('9.3'));
    assert.ok(!gaps(analyse(`${INTRO}## Evaluation\n\nIt routes 94% of held-out claims correctly.\n`)).includes('9.3'));
  });

  it('public training data said in the body, with no URL or date, is 8.2 (covering 8.2.1), a warning', () => {
    const f = analyse(`${INTRO}## Training data\n\nThe model was trained on publicly available web text.\n`);
    const finding = f.find((x) => x.code === '8.2')!;
    assert.equal(finding.severity, 'warning');
    assert.deepEqual(gaps(f).filter((g) => g.startsWith('8.2')), ['8.2', '8.2.1']);
    assert.ok(!analyse(`${INTRO}## Training data\n\nClaims from our own archive, 2019 to 2024.\n`).some((x) => x.code.startsWith('8.2')), 'private data: no 8.2');
  });

  it('a README with only license and language in its front matter is a card when its body is one; a dataset card is not', () => {
    const fm = '---\nlicense: mit\nlanguage:\n- en\n---\n';
    assert.ok(isHuggingFaceCard(`${fm}# Claims triage\n\n## Intended uses\n\nSorting claims.\n\n## Training data\n\nOur archive.\n`));
    assert.ok(!isHuggingFaceCard(`${fm}# Claims triage\n\nA project README.\n\n## Install\n\nnpm i\n`));
    assert.ok(!isHuggingFaceCard(`${fm}# Dataset Card for Claims\n\n## Uses\n\nx\n\n## Bias, Risks, and Limitations\n\ny\n`));
    assert.ok(!isHuggingFaceCard(`---\nlicense: mit\ntags: [a]\ntask_categories: [text-classification]\n---\n## Uses\n\nx\n\n## Limitations\n\ny\n`));
  });
});

describe('model cards: one gap, one finding', () => {
  it('"TBD" inside a comment across lines is not a placeholder', () => {
    const f = analyse(`${INTRO}## Limitations\n\nIt misroutes Welsh claims.\n<!--\nTBD: more\n-->\n`);
    assert.ok(!f.some((x) => x.code === 'placeholder'), JSON.stringify(f.map((x) => x.message)));
  });

  it('a bracket inside a quotation is the example quoted, not a placeholder; outside one it is', () => {
    const quotedCurly = analyse(`${INTRO}## Limitations\n\nAbuse can hide in an apology (e.g. \u201cwe regret saying [insert insult]\u201d), so such letters go to a person.\n`);
    assert.ok(!quotedCurly.some((x) => x.code === 'placeholder'));
    const quotedStraight = analyse(`${INTRO}## Limitations\n\nAbuse can hide in an apology (e.g. "we regret saying [insert insult]"), so such letters go to a person.\n`);
    assert.ok(!quotedStraight.some((x) => x.code === 'placeholder'));
    assert.ok(analyse(`${INTRO}## Notes\n\nThe rates are in [insert table].\n`).some((x) => x.code === 'placeholder'));
  });

  it('a sentence around a blank left to fill says something: the item counts, and the blank is reported; a template label with its blank says nothing', () => {
    const f = analyse(`${INTRO}## Intended use\n\nFor claim desks.\n\n## Limitations\n\nIt misroutes Welsh claims; the rates are in [insert table].\n`);
    assert.ok(!gaps(f).includes('8.1.1:failure'));
    assert.ok(f.some((x) => x.code === 'placeholder'));
    const label = analyse(`${INTRO}## Intended use\n\nFor claim desks.\n\n## Limitations\n\n- **Known limitations:** [insert limitations]\n`);
    assert.ok(gaps(label).includes('8.1.1:failure'));
  });

  it('a notice heading is neither an empty section nor where card-wide findings go', () => {
    // No manifest names it: taken as published, so 8.1.2 applies and goes on the card as a whole.
    const f = analyse(`# DEPRECATED: use the v2 model\n\n# Claims triage\n\nA classifier.\n`, []);
    assert.ok(!f.some((x) => x.data?.kind === 'empty-section'));
    const card = f.find((x) => x.code === '8.1.2')!;
    assert.equal(card.range.start.line, 2, 'on the title, not the notice');
  });

  it('one missing section is one finding: the limitations gap is 10.2.1 (a warning) standing for 8.1.1 too', () => {
    const f = analyse(`${INTRO}## Intended use\n\nSorting claims for human handlers.\n`);
    const failure = f.filter((x) => gaps([x]).includes('8.1.1:failure'));
    assert.equal(failure.length, 1);
    assert.equal(failure[0]!.code, '10.2.1');
    assert.equal(failure[0]!.severity, 'warning');
    assert.ok(!f.some((x) => x.code === '8.1.1' && (x.data as { item?: string }).item === 'failure'));
  });

  it('10.2.1 is an error only when there is no guidance at all', () => {
    const f = analyse('# Claims triage\n\n## Model details\n\nVersion 3.\n');
    assert.equal(f.find((x) => x.code === '10.2.1')?.severity, 'error');
  });

  it('an unfilled template gets a finding per section, not per line, and none inside a section already reported missing', () => {
    const text = `${INTRO}## Contact\n\n[More Information Needed]\n[More Information Needed]\n[More Information Needed]\n\n## Training data\n\n[More Information Needed]\n`;
    const f = analyse(text);
    const ph = f.filter((x) => x.code === 'placeholder');
    assert.equal(ph.length, 1);
    assert.match(ph[0]!.message, /2 more lines/);
    assert.equal(f.filter((x) => gaps([x]).includes('8.1.1:training')).length, 1);
  });

  it('a missing item is reported on its empty heading, or after the section a fix would follow, with a message that says which', () => {
    const f = analyse(`${INTRO}## Uses\n\nSorting claims.\n\n## Evaluation\n\nTBD\n`);
    const evaluation = f.find((x) => x.code === '9.3')!;
    assert.equal(evaluation.range.start.line, 8);
    assert.match(evaluation.message, /Write the "Evaluation" section/);
    const oos = f.find((x) => x.code === '4.5')!;
    assert.equal(oos.range.start.line, 4, 'after "Uses", where the fix inserts it');
    assert.match(oos.message, /after "Uses"/);
  });

  it('hash-mismatch is the manifest\u2019s finding only', () => {
    const link = [{ ...BOTH[0]!, sha256: 'a'.repeat(64), shared: true }];
    assert.ok(!analyse(`${INTRO}## Hashes\n\n| model.bin | ${'b'.repeat(64)} |\n`, link).some((x) => x.code === 'hash-mismatch'));
  });

  it('the corpus told by its size is training data: "trained for about 2B tokens of …"', () => {
    assert.ok(!gaps(analyse(`${INTRO}The model is trained for about 2B tokens of claim letters and policy documents.\n`)).includes('8.1.1:training'));
  });

  it('a section named only "Safety" that warns is no guardrail; one that names or describes a measure is', () => {
    assert.ok(gaps(analyse(`${INTRO}## Safety\n\nDo not use this model to decide whether a claim is paid.\n`)).includes('8.1.1:guardrails'));
    assert.ok(!gaps(analyse(`${INTRO}## Safety\n\nClaims over £10,000 are routed to a human reviewer whatever the score.\n`)).includes('8.1.1:guardrails'));
    assert.ok(!gaps(analyse(`${INTRO}## Guardrails\n\nOutputs below 0.6 confidence go to a triage queue.\n`)).includes('8.1.1:guardrails'));
  });

  it('a watermark score used to select training images, or a product’s "system prompt" feature, is no guardrail; a watermark on outputs is', () => {
    assert.ok(gaps(analyse(`${INTRO}Training images were kept when their estimated watermark probability was below 0.5.\n`)).includes('8.1.1:guardrails'));
    assert.ok(gaps(analyse(`${INTRO}The hosted service supports features such as System Prompt and Function Call.\n`)).includes('8.1.1:guardrails'));
    assert.ok(!gaps(analyse(`${INTRO}Every generated image carries an invisible watermark.\n`)).includes('8.1.1:guardrails'));
  });

  it('"Intended uses & limitations" that only says what the model is for shows no limitations', () => {
    assert.ok(gaps(analyse(`${INTRO}## Intended uses & limitations\n\nYou can use this model to sort claims into queues.\n`)).includes('8.1.1:failure'));
    assert.ok(!gaps(analyse(`${INTRO}## Intended uses & limitations\n\nYou can use this model to sort claims. It is not reliable on handwritten forms.\n`)).includes('8.1.1:failure'));
  });

  it('news and citations say nothing about this model: a label or sentence there counts for no item', () => {
    const news = `${INTRO}## Intended use\n\nSorting claims.\n\n## News\n\n- **Better performance**: the next version reaches 91.2% accuracy on the claims benchmark.\n`;
    assert.ok(gaps(analyse(news)).includes('9.3'));
    assert.ok(!gaps(analyse(news.replace('## News', '## Results'))).includes('9.3'));
  });

  it('a sample of the model\'s output or a chat turn is not the card speaking: its sentences count for no item', () => {
    const said = 'This model should not be used to decide whether a claim is paid.';
    for (const heading of ['Sample output', 'Example conversation', 'Inference samples', 'Generated examples', 'Sample inputs and outputs']) {
      assert.ok(gaps(analyse(`${INTRO}## ${heading}\n\n${said}\n`)).includes('4.5'), heading);
    }
    assert.ok(!gaps(analyse(`${INTRO}## Usage example\n\n${said}\n`)).includes('4.5'));
    for (const turn of [`**Assistant:** ${said}`, `> User: ${said}`, `<|assistant|>: ${said}`, `Model output: ${said}`]) {
      assert.ok(gaps(analyse(`${INTRO}## Chat\n\n${turn}\n`)).includes('4.5'), turn);
    }
    assert.ok(!gaps(analyse(`${INTRO}## Chat\n\n${said}\n`)).includes('4.5'));
  });

  it('a results table whose columns name a retrieval or benchmark metric is an evaluation finding', () => {
    const table = `${INTRO}| model | nDCG@10 (MTEB retrieval) |\n| --- | --- |\n| claims-small | 50.15 |\n`;
    assert.ok(!gaps(analyse(table)).includes('9.3'));
  });

  it('public training data named in a sentence is accounted for by the paragraphs about data, not by links elsewhere in the section', () => {
    const vague = `${INTRO}## Models\n\nPre-training uses about 400m samples from a mix of public datasets. See [the small model](https://huggingface.co/acme/claims-small).\n\nThe models are trained on public web data.\n`;
    assert.ok(gaps(analyse(vague)).includes('8.2'));
    const told = `${INTRO}The models are trained on public web data.\n\n## Dataset notes\n\nThe claim letters dataset was collected by our handlers during a period spanning March and April 2024 and is published at https://example.org/datasets/claims-letters.\n`;
    const g = gaps(analyse(told));
    assert.ok(!g.includes('8.2') && !g.includes('8.2.1'), g.join(' '));
    // A link to code in the same paragraphs is no source of data.
    assert.ok(gaps(analyse(told.replace('https://example.org/datasets/claims-letters', 'https://github.com/acme/claims-tools'))).includes('8.2'));
  });

  it('a sentence that denies a measure is no guardrail: "does not include safety training", "was not filtered for explicit content"', () => {
    assert.ok(gaps(analyse(`${INTRO}Our model does not include safety training and can produce harmful text.\n`)).includes('8.1.1:guardrails'));
    assert.ok(gaps(analyse(`${INTRO}It is tuned on letters that were not filtered for explicit content.\n`)).includes('8.1.1:guardrails'));
    // A double negative recommends the measure.
    assert.ok(!gaps(analyse(`${INTRO}It should not be used for payment decisions without human oversight.\n`)).includes('8.1.1:guardrails'));
  });

  it('the Trainer’s stock sentence counts once the author says what the data was, not with a bare dataset ID', () => {
    assert.ok(!gaps(analyse(`${INTRO}This model is a fine-tuned version of [gpt2](https://huggingface.co/gpt2) on five years of our claim letters.\n`)).includes('8.1.1:training'));
    assert.ok(gaps(analyse(`${INTRO}This model is a fine-tuned version of [gpt2](https://huggingface.co/gpt2) on the claims_v2 dataset.\n`)).includes('8.1.1:training'));
    assert.ok(gaps(analyse(`${INTRO}This model is a fine-tuned version of [gpt2](https://huggingface.co/gpt2) on an unknown dataset.\n`)).includes('8.1.1:training'));
    assert.ok(gaps(analyse(`${INTRO}The models are trained from scratch by our team.\n`)).includes('8.1.1:training'));
  });

  it('what the model is for, said of it by name, and use policies linked by their short name', () => {
    assert.ok(!gaps(analyse(`${PLAIN}Triage-2 is intended for research and educational use.\n`)).includes('8.1.1:scope'));
    assert.ok(!gaps(analyse(`${PLAIN}The chat variant is recommended for downstream applications.\n`)).includes('8.1.1:scope'));
    assert.ok(!gaps(analyse(`${INTRO}Use is governed by our [AI AUP](https://example.org/ai-acceptable-use-policy.pdf).\n`)).includes('4.5'));
    assert.ok(!gaps(analyse(`${INTRO}We do not support use-cases that need the output to be true.\n`)).includes('4.5'));
  });

  it('10.2.1 is an error only when the card does not even say what the model is', () => {
    assert.equal(sev('# Triage\n\nWeights and code.\n'), 'error');
    assert.equal(sev('# Triage\n\nTriage is a family of pretrained claim-routing models.\n'), 'warning');
    // A paragraph that opens by saying what the model is (batch BL's RSK transformer).
    assert.equal(sev('# Triage\n\nA 1.2M-parameter transformer that learns to route claims.\n'), 'warning');
    assert.equal(sev('# Triage\n\nWe trained a 1.2M-parameter transformer.\n'), 'error');
    // A "Model description" in the author's words says what it does; the template's stock text does not.
    assert.equal(sev('# Triage\n\n## Model description\n\nIt gives LABEL_1 for urgent claims and LABEL_0 for the others.\n'), 'warning');
    assert.equal(sev('# Triage\n\n## Model description\n\nMore information needed\n'), 'error');
  });

  it('"More info needed" is the template’s placeholder too; findings told in words and results shown as a figure are evaluation findings', () => {
    assert.ok(gaps(analyse(`${INTRO}## Out-of-Scope Use\n\nMore info needed.\n`)).includes('4.5'));
    assert.ok(!gaps(analyse(`${INTRO}## Risks\n\nOur toxicity analysis shows that it sits in the middle of comparable models.\n`)).includes('9.3'));
    assert.ok(!gaps(analyse(`${INTRO}## Evaluation\n\n![results](https://example.org/results.png)\n`)).includes('9.3'));
  });

  it('public data: a cut-off stated anywhere dates it; links to images or code do not locate it; "publicly available time series data" is vague', () => {
    const cutoff = `${INTRO}- **Date cutoff:** Dec. 2023.\n\n## Training data\n\nThe public [claims corpus](https://huggingface.co/datasets/acme/claims), downloaded from the Hub.\n`;
    assert.ok(!gaps(analyse(cutoff)).includes('8.2.1'));
    const image = `${INTRO}## Training data\n\nPublic datasets of claim forms, as in this table:\n\n![table](https://example.org/tasks.png)\n`;
    assert.ok(gaps(analyse(image)).includes('8.2'));
    const vague = `${INTRO}The models have been trained on a large corpus of publicly available time series data. See [the paper](https://example.org/chronos).\n`;
    assert.ok(gaps(analyse(vague)).includes('8.2'));
  });

  it('batch 9’s classes: content provenance is no training data, its size in bytes is; review by a qualified person is a guardrail; "not optimised for" is a limit; policies that prohibit; "99.2% accuracy"', () => {
    assert.ok(gaps(analyse(`${INTRO}- **Content provenance:** outputs carry signed metadata.\n`)).includes('8.1.1:training'));
    assert.ok(!gaps(analyse(`${INTRO}It took 65 days to train on 1.7 TB of claim letters and policy texts.\n`)).includes('8.1.1:training'));
    assert.ok(!gaps(analyse(`${INTRO}Every routing must be reviewed by a qualified claims handler before it takes effect, and reports by a qualified professional.\n`)).includes('8.1.1:guardrails'));
    assert.ok(!gaps(analyse(`${INTRO}## Intended use and limitations\n\nSorting claims. It is not optimized for claims written in Welsh.\n`)).includes('8.1.1:failure'));
    assert.ok(!gaps(analyse(`${INTRO}Our usage policy prohibits the generation of unlawful content.\n`)).includes('4.5'));
    assert.ok(!gaps(analyse(`${INTRO}It routes claims with about 99.2% accuracy.\n`)).includes('9.3'));
    assert.ok(gaps(analyse(`${INTRO}## Evaluation\n\nThe validation split is \`VALIDATION_SPLIT = 10%\`.\n`)).includes('9.3'));
  });

  it('data collected from a website is public data, named by its domain, so 8.2.1 asks for its link and date', () => {
    const g = gaps(analyse(`${INTRO}The training data is around 125K letters collected from claimsforum.com.\n`));
    assert.ok(g.includes('8.2.1'), g.join(' '));
  });

  it('tables and code do not decide a card’s language; a card in two languages is read by its English part', () => {
    const rows = Array.from({ length: 40 }, (_, i) => `|claims_${i}|1200|5120|91.0|7.2|1.8|0.9|9.9|41.2|`).join('\n');
    const results = `# Claims ASR\n\nThis model was trained by our team on the claims recipe.\n\n# RESULTS\n\n|dataset|Snt|Wrd|Corr|Sub|Del|Ins|Err|S.Err|\n|---|---|---|---|---|---|---|---|---|\n${rows}\n`;
    assert.ok(!analyse(results).some((x) => x.code === 'card-language'));
    const english = 'This model sorts insurance claims into queues for the handlers, and it is used by the claims team of the company in its daily work. '.repeat(5);
    const arabic = 'هذا النموذج يصنف المطالبات. '.repeat(60);
    assert.ok(!analyse(`# Claims triage\n\n${english}\n\n${arabic}\n`).some((x) => x.code === 'card-language'));
    // Its English part a short paragraph (about sixty words) beside a long one in Arabic.
    const short = 'This model sorts insurance claims into queues for the handlers. It is used by the claims team in its daily work, and the team checks its queues by hand. ';
    assert.ok(!analyse(`# Claims triage\n\n${short.repeat(2)}\n\n${arabic}\n`).some((x) => x.code === 'card-language'));
  });

  it('web addresses are no words of any language: a card of a link and an image is checked (in English), not left unread as a card in another language', () => {
    const bare = analyse('---\nlicense: other\ntags:\n- text-to-image\n---\nModel info: https://models.example.org/models/84728/claims-router-v2-final-release\n\n![\u4e0b\u8f09 - 2023-06-09T072756.715.png](https://cdn.example.org/production/uploads/646c83c871d0c8a6e4455854/nK5-XX5jPaHEnzySaUNer.png)\n');
    assert.ok(!bare.some((x) => x.code === 'card-language'));
    assert.ok(gaps(bare).includes('10.2.1'));
  });

  it('a label with an article ("The dataset:"), the Trainer’s sentence with the author’s words after the dataset, and a leaderboard table', () => {
    assert.ok(!gaps(analyse(`${INTRO}The dataset: claim letters from 2019 to 2024 https://example.org/datasets/claims\n`)).includes('8.1.1:training'));
    assert.ok(!gaps(analyse(`${INTRO}This model is a fine-tuned version of [bert](https://huggingface.co/bert) on the ClaimsQA dataset which was part of the 2024 claims shared task.\n`)).includes('8.1.1:training'));
    assert.ok(!gaps(analyse(`${INTRO}| checkpoint | Public LB Score |\n| --- | --- |\n| claims-large | 0.724 |\n`)).includes('9.3'));
  });

  it('batch 11’s classes: a "Dataset:" label names a source; links to code or to the model’s own files are no links to data; a teacher model’s task is not this model’s scope; "fine-tuned with the objective of" names no data', () => {
    const code = `${INTRO}## Training data\n\n* Dataset: [claims](https://github.com/acme/claims-tools)\n* Weights: [claims-2024.zip](https://example.org/claims-models/v1/claims-2024.zip)\n`;
    assert.ok(gaps(analyse(code)).includes('8.2'));
    assert.ok(gaps(analyse(code.replace('https://github.com/acme/claims-tools', 'https://github.com/acme/claims-data'))).includes('8.2.1'));
    assert.ok(!gaps(analyse(code.replace('https://github.com/acme/claims-tools', 'https://github.com/acme/claims-data'))).includes('8.2'));
    assert.ok(gaps(analyse(`${PLAIN}A taxonomy of seed examples prompts a teacher model to generate synthetic letters.\n`)).includes('8.1.1:scope'));
    assert.ok(gaps(analyse(`${INTRO}The models have been fine-tuned with the specific objective of routing claims quickly.\n`)).includes('8.1.1:training'));
  });

  it('batch 12’s classes: "trained on ERA5 data" after a list of facts; "does not replace official warnings"; crawl IDs and dump years date the data', () => {
    assert.ok(!gaps(analyse(`${INTRO}1. \`Claims-L\`, the large model (12 layers), trained on ClaimsArchive data from 2019 to 2023.\n`)).includes('8.1.1:training'));
    assert.ok(!gaps(analyse(`${INTRO}Its routing does not replace official guidance from a qualified handler.\n`)).includes('4.5'));
    assert.ok(gaps(analyse(`${INTRO}It is not a substitute for the original claims archive.\n`)).includes('4.5'));
    const dated = `${INTRO}## Training data\n\n- Filtered web data from [CommonCrawl](https://commoncrawl.org/), using the crawls 2022-05 and 2023-40.\n- [Wikipedia](https://dumps.wikimedia.org/), five dumps from 2019 to 2022.\n`;
    assert.ok(!gaps(analyse(dated)).includes('8.2.1'));
  });

  it('batch 13’s classes: the corpus by its hours of audio; the task, then the data; "does not support", "have not been calibrated"', () => {
    assert.ok(!gaps(analyse(`${INTRO}It is a speech model, trained on 45K hours of audio data from claim calls.\n`)).includes('8.1.1:training'));
    assert.ok(!gaps(analyse(`${INTRO}A BERT model fine-tuned in NER task with ClaimsNER-2024 and PolicyNER corpus.\n`)).includes('8.1.1:training'));
    assert.ok(!gaps(analyse(`${INTRO}- It does not support claims in Welsh. Its confidence scores have not been calibrated.\n`)).includes('8.1.1:failure'));
  });

  it('a card in Spanish, French, German, Portuguese or Italian is read by its headings and key sentences, not told it cannot be read', () => {
    // A structured Spanish card: the items under headings in Spanish, one of them only in a sentence.
    const es = [
      '# Clasificador de reclamaciones',
      '',
      'Este modelo clasifica las reclamaciones de seguros según su urgencia y las envía a las colas de atención humana. '.repeat(10),
      '',
      '## Uso previsto',
      '',
      'Está destinado a los equipos de atención al cliente. No debe usarse para rechazar reclamaciones sin revisión humana.',
      '',
      '## Datos de entrenamiento',
      '',
      'Entrenado con nuestros propios archivos de reclamaciones de 2019 a 2024.',
      '',
      '## Sesgos, riesgos y limitaciones',
      '',
      'Puede cometer errores con cartas manuscritas.',
      '',
      '## Evaluación',
      '',
      'Exactitud: 0,91 sobre el conjunto de prueba.',
      '',
    ].join('\n');
    const f = analyse(es);
    assert.ok(!f.some((x) => x.code === 'card-language'), 'read');
    assert.deepEqual(gaps(f).filter((g) => !['8.1.1:retention', '8.1.1:review', '8.1.1:guardrails'].includes(g)), []);
    // Human review is a guardrail in these languages as in English.
    const bare = es.replace(/No debe usarse[^\n]*/, '');
    assert.ok(gaps(analyse(bare)).includes('8.1.1:guardrails'));
    assert.ok(!gaps(analyse(`${bare}\nCada rechazo pasa por una revisión humana.\n`)).includes('8.1.1:guardrails'));
    // Out-of-scope uses said in a sentence, in each language, under a heading of its own language.
    for (const sentence of [
      "Ce modèle n'est pas destiné à refuser une demande sans examen humain.",
      'Das Modell darf nicht für automatische Ablehnungen verwendet werden.',
      'O modelo não deve ser usado para recusar pedidos sem revisão humana.',
      'Il modello non deve essere usato per rifiutare richieste senza revisione umana.',
    ]) assert.ok(!gaps(analyse(`${es.replace(/No debe usarse[^\n]*/, '')}\n## Otros\n\n${sentence}\n`)).includes('4.5'), sentence);
    // The same card without its sentence on prohibited uses lacks them.
    assert.ok(gaps(analyse(es.replace(/No debe usarse[^\n]*/, ''))).includes('4.5'));
    // "par le biais de" (by means of) is no bias.
    const fr = (limits: string) => `# Tri des sinistres\n\n${'Ce modèle classe les demandes des assurés selon leur urgence. '.repeat(12)}\n\n## Utilisation prévue\n\nTri des demandes.\n\n## Données d'entraînement\n\nArchives 2019-2024.\n\n## Utilisations interdites\n\nLes refus automatiques.\n\n## Évaluation\n\nExactitude : 0,91.\n\n## Remarques\n\n${limits}\n`;
    assert.ok(gaps(analyse(fr("Les demandes arrivent par le biais d'un formulaire."))).includes('8.1.1:failure'));
    assert.ok(!gaps(analyse(fr('Le modèle peut produire des erreurs sur les lettres manuscrites.'))).includes('8.1.1:failure'));
  });

  it('public data: a section that names and links its sources is not vague for saying how one of them was gathered; bulk words followed by examples name sources', () => {
    const linked = `${INTRO}## Datasets\n\nTrained on the [ClaimsImages dataset](https://example.org/claims-images/), collected in 2015. Its pictures are gathered from the internet.\n`;
    assert.ok(!gaps(analyse(linked)).some((g) => g === '8.2' || g === '8.2.1'));
    // The same bulk words with no source named and linked remain vague.
    assert.ok(gaps(analyse(`${INTRO}## Datasets\n\nIts pictures are gathered from the internet in 2015.\n`)).includes('8.2'));
    // "publicly available datasets (e.g., …)" names them: how and where are told, only the date is missing.
    const examples = `${INTRO}## Data collection\n\nWe collect publicly available datasets (e.g., ClaimsText Clean, Policy Corpus) and filter them by language.\n`;
    assert.deepEqual(gaps(analyse(examples)).filter((g) => g.startsWith('8.2')), ['8.2.1']);
  });

  it('guardrails: a detector for the model’s own output named with a hyphen, and filters told by what they remove', () => {
    assert.ok(!gaps(analyse(`${INTRO}We also release a classifier to detect TriageBot-generated letters.\n`)).includes('8.1.1:guardrails'));
    assert.ok(!gaps(analyse(`${INTRO}We built a set of filters intended to remove all images of people.\n`)).includes('8.1.1:guardrails'));
    // A filter denied is none.
    assert.ok(gaps(analyse(`${INTRO}We did not apply filters to remove anything.\n`)).includes('8.1.1:guardrails'));
  });

  it('a use the model was not cleared for is out of scope (4.5): "not validated for real-world deployment"', () => {
    assert.ok(!gaps(analyse(`${INTRO}It is not validated for real-world deployment.\n`)).includes('4.5'));
    assert.ok(!gaps(analyse(`${INTRO}The model has not been approved for clinical use.\n`)).includes('4.5'));
    assert.ok(gaps(analyse(`${INTRO}It was validated for deployment in 2024.\n`)).includes('4.5'));
  });

  it('public data dated by when it was curated or extracted, or by the years it spans (8.2.1)', () => {
    const card = (date: string) => `${INTRO}## Training data\n\nThe [ClaimsText corpus](https://example.org/claims-text/), ${date}.\n`;
    for (const date of ['curated in 2012', 'extracted from the 1994 claims register', 'its 2010-2015 portion', 'from 2010 to 2015']) assert.ok(!gaps(analyse(card(date))).includes('8.2.1'), date);
    assert.ok(gaps(analyse(card('a corpus of 2015 letters'))).includes('8.2.1'));
  });

  it('a title that links the data it was trained on names its training data', () => {
    assert.ok(!gaps(analyse('# ClaimsBERT trained on [Claims letters](https://example.org/claims-letters)\n\nA classifier that sorts insurance claims.\n')).includes('8.1.1:training'));
    assert.ok(gaps(analyse('# ClaimsBERT trained on claims\n\nA classifier that sorts insurance claims.\n')).includes('8.1.1:training'));
  });

  it('batch O’s classes: "use outside … should be avoided" (and in German) is out of scope; "Vorbehalte und Empfehlungen" is the caveats section', () => {
    assert.ok(!gaps(analyse(`${INTRO}Use outside the claims team should be avoided.\n`)).includes('4.5'));
    assert.ok(!gaps(analyse(`${INTRO}Externe Verwendung sollte aufgrund möglicher Leistungseinbußen unter anderen Bedingungen vermieden werden.\n`)).includes('4.5'));
    assert.ok(!gaps(analyse(`${INTRO}## Vorbehalte und Empfehlungen\n\nHandschriftliche Briefe werden oft falsch eingeordnet.\n`)).includes('8.1.1:failure'));
  });

  it('batch N’s classes: reference-style links to data; a date after a link’s address; the steps of a fine-tuning; limits told in Spanish', () => {
    const refs = `${INTRO}## Training data\n\nPublicly available letters collected from the internet: [the ClaimsText corpus][ct] and a filtered subset of [PolicyPairs][pp].\n\n## Notes\n\nNone.\n\n[ct]: https://example.org/claims-text/\n[pp]: https://example.org/policy-pairs/\n`;
    assert.deepEqual(gaps(analyse(refs)).filter((g) => g.startsWith('8.2')), ['8.2.1']);
    const dated = `${INTRO}## Training data\n\nThe [Claims Wikipedia dump](https://dumps.example.org/claimswiki/latest/abstracts/) (claims abstracts) from May 2020.\n`;
    assert.ok(!gaps(analyse(dated)).includes('8.2.1'));
    assert.ok(!gaps(analyse(`${INTRO}* **Stage 1:** fine-tune the base model on a large, diverse dataset of claims letters.\n`)).includes('8.1.1:training'));
    const es = (limits: string) => `# Clasificador\n\n${'Este modelo clasifica reclamaciones de seguros para los equipos de atención. '.repeat(12)}\n\n## Usos previstos y limitaciones\n\nIdentifica reclamaciones urgentes. ${limits}\n\n## Datos de entrenamiento\n\nArchivos propios.\n\n## Usos prohibidos\n\nRechazos automáticos.\n\n## Evaluación\n\nExactitud: 0,91.\n`;
    assert.ok(!gaps(analyse(es('Sus capacidades se limitan a las reclamaciones de hogar, y la salida puede verse afectada por errores de OCR.'))).includes('8.1.1:failure'));
    assert.ok(gaps(analyse(es('Lo usan cuatro equipos.'))).includes('8.1.1:failure'));
  });

  it('intended scope is a use, a purpose or an audience; naming the task is not (labelling rule of batch P)', () => {
    // What the model is, or its task: the card has not said what it is meant to be used for.
    assert.ok(!scope('Triage is a family of pretrained claim-routing models.'));
    assert.ok(!scope('Triage-NER is a model for named entity recognition in Welsh claim letters.'));
    assert.ok(!scope('The model is designed for claim classification.'));
    assert.ok(!scope('A model for predicting claim urgency from the letter text.'));
    // What it is meant for, or for whom.
    assert.ok(scope('We fine-tuned it in order to use it in our claims-routing system.'));
    assert.ok(scope('To support the research community, we open-source the weights.'));
    assert.ok(scope('It is designed to help claim handlers find urgent letters first.'));
    assert.ok(scope('Its long context makes it ideal for retrieval-augmented answering over policy documents.'));
    assert.ok(scope('## Model application\n\nWe apply it to fill the gaps between monthly claim reports.'));
  });

  it('out-of-scope uses with limitations are guidance on appropriate use (10.2.1): a missing intended use is then one 8.1.1 gap', () => {
    const text = '# Claims triage\n\nWeights.\n\n## Out-of-scope use\n\nIt must not decide whether a claim is paid.\n\n## Limitations\n\nIt misroutes claims written in Welsh.\n';
    const found = analyse(text);
    assert.equal(found.filter((x) => x.code === '10.2.1').length, 0);
    assert.deepEqual(found.filter((x) => x.code === '8.1.1' && (x.data as { item?: string }).item === 'scope').length, 1);
  });

  it('batch P’s classes: Trainer metric keys; a use confined or not yet cleared; a guard model’s task, clinician review and access control', () => {
    assert.ok(!gaps(analyse(`${INTRO}It achieves the following results on the evaluation set:\n- eval_loss: 1.8717\n- eval_wer: 0.6030\n`)).includes('9.3'));
    assert.ok(gaps(analyse(`${INTRO}It was trained with eval_steps: 500 and eval_batch_size: 8.\n`)).includes('9.3'));
    assert.ok(!gaps(analyse(`${INTRO}Not cleared as a medical device; requires clinician oversight and regulatory approval before use in patient care.\n`)).includes('4.5'));
    assert.ok(!gaps(analyse(`${INTRO}**Intended Use:** the model must be used strictly for the prescribed scoring mode.\n`)).includes('4.5'));
    assert.ok(gaps(analyse(`${INTRO}The model must be used with the tokenizer it ships with.\n`)).includes('4.5'));
    assert.ok(guard('The models are designed to judge if the input prompts and the output responses of an assistant meet given criteria.'));
    assert.ok(guard('Missed fraud is the costliest failure; deploy with clinician review workflows.'));
    assert.ok(guard('Serve it behind authentication, with logging and monitoring.'));
    assert.ok(!guard('It judges claims by their text.'));
    // A table of contents names sections; it does not fill them.
    const toc = `${INTRO}- [Out-of-Scope Use](#out-of-scope-use)\n- [Guardrails](#guardrails), [Limitations](#limitations)\n`;
    assert.deepEqual(gaps(analyse(toc)).filter((g) => ['4.5', '8.1.1:guardrails', '8.1.1:failure'].includes(g)), ['4.5', '8.1.1:failure', '8.1.1:guardrails']);
  });

  it('batch Q’s classes: a data page’s address with a fragment; public data a sentence links and says how it was gathered; an adverb before the verb', () => {
    const stock = '---\ndatasets:\n- claims_x\n---\n# Claims triage\n\nThis model is a fine-tuned version of [base](https://huggingface.co/org/base) on the [letters subset](https://huggingface.co/datasets/org/claims_x#letters) of the claims_x dataset.\n';
    assert.deepEqual(gaps(analyse(stock)).filter((g) => g.startsWith('8.2')), ['8.2.1']);
    const anchored = stock.replace('https://huggingface.co/datasets/org/claims_x#letters', '#citation');
    assert.deepEqual(gaps(analyse(anchored)).filter((g) => g.startsWith('8.2')), ['8.2', '8.2.1']);
    const gathered = `${INTRO}It is fine-tuned on letter datasets (e.g. [ClaimsText](https://data.example.org/claims-text/)) collected from the internet.\n`;
    assert.deepEqual(gaps(analyse(gathered)).filter((g) => g.startsWith('8.2')), ['8.2.1']);
    assert.deepEqual(gaps(analyse(gathered.replace('(e.g. [ClaimsText](https://data.example.org/claims-text/)) ', ''))).filter((g) => g.startsWith('8.2')), ['8.2', '8.2.1']);
    assert.ok(!gaps(analyse(`${INTRO}It has not been tested in real claims. It should not be directly deployed in any application.\n`)).includes('4.5'));
  });

  it('public datasets known by their short names are public data (8.2), unless the card says the data is its own', () => {
    assert.deepEqual(data('Fine-tuned on gsm8k word problems for three epochs.'), ['8.2', '8.2.1']);
    assert.deepEqual(data('Reanalysis fields from ERA5, 1979 to 2017.'), ['8.2', '8.2.1']);
    assert.deepEqual(data('Our own claim letters, in-house, and a sample shaped like ERA5.'), []);
    assert.deepEqual(data('Letters written by our handlers.'), []);
  });

  it('batch R’s classes: a retraining schedule; an error rate in words; provided for research; two participles negated together', () => {
    assert.ok(!gaps(analyse(`${INTRO}## Retraining\n\n- **Recommended frequency**: monthly, or when the error passes 15 %.\n`)).includes('8.1.1:review'));
    assert.ok(!gaps(analyse(`${INTRO}The model is retrained monthly on the last two years of claims.\n`)).includes('8.1.1:review'));
    assert.ok(gaps(analyse(`${INTRO}The model was retrained after the 2024 review.\n`)).includes('8.1.1:review'));
    assert.ok(!gaps(analyse(`${INTRO}## Results\n\nWith the language model, it had a Word Error Rate of 11\\% on held-out letters.\n`)).includes('9.3'));
    assert.ok(gaps(analyse(`${INTRO}## Results\n\nWord Error Rates were not reported for this model.\n`)).includes('9.3'));
    assert.ok(!gaps(analyse(`${PLAIN}This model is intended and provided as-is for research and model development.\n`)).includes('8.1.1:scope'));
    assert.ok(!gaps(analyse(`${INTRO}It is not designed or intended to be deployed in claim decisions.\n`)).includes('4.5'));
    assert.ok(!gaps(analyse(`${INTRO}It is not tested or intended for use in payments that need functional safety.\n`)).includes('4.5'));
  });

  it('batches S and T’s classes: results set in code; a metric with a qualifier; data headings and bare claims are no results', () => {
    const results = (body: string) => !gaps(analyse(`${INTRO}## Evaluation\n\n${body}\n`)).includes('9.3');
    assert.ok(results('* **ROC AUC:** `0.892 ± 0.024` across folds.'));
    assert.ok(results('The following metrics were obtained:\n\n* **Large model:** `9.87`'));
    assert.ok(!results('Trained with `VALIDATION_SPLIT = 10%` and `EPOCHS = 3`.'));
    assert.ok(!gaps(analyse(`${INTRO}* **Precision (urgent class):** 0.845\n`)).includes('9.3'));
    assert.ok(!results('It outperforms the baselines on every split.') && !results('Our model outperforms previous approaches.'));
    assert.ok(gaps(analyse(`${INTRO}## Training, Testing, and Evaluation Datasets\n\n**Partition:** training 99.9 %, validation 0.1 %.\n`)).includes('9.3'));
  });

  it('batches S and T’s classes: training data told of a model kind or a stage, not of a prompt format, a denial or the Trainer’s display name', () => {
    const trained = (line: string, head = INTRO) => !gaps(analyse(`${head}${line}\n`)).includes('8.1.1:training');
    assert.ok(trained('It uses a gradient-boosted classification trained on letter length and sender features.'));
    assert.ok(trained('The RL data is a subset of the following dataset, translated into Welsh.'));
    assert.ok(!trained('Both models were trained on our [reply format](https://example.org/format) and should be used with it.'));
    assert.ok(!trained('It has not been trained on any Welsh letters, but it copes with some.'));
    assert.ok(!trained('This model is a fine-tuned version of [base](https://huggingface.co/org/base) on the Claims Letters 2.0 dataset.'));
    assert.ok(trained('This model is a fine-tuned version of [base](https://huggingface.co/org/base) on the [Claims Letters](https://huggingface.co/datasets/org/letters) dataset.'));
  });

  it('batches S and T’s classes: a system it serves and a recommended fine-tuning are its scope; its release is not', () => {
    assert.ok(scope('For how this model is used for ClaimsDesk, see the blog post.'));
    assert.ok(scope('This is a base model. We recommend first fine-tuning it on the claims you handle.'));
    assert.ok(!scope('This model is ready for commercial use.'));
  });

  it('batches S and T’s classes: restrictions by recommendation, on outputs, or as an imperative in French; a model that is itself a safeguard', () => {
    assert.ok(restricted('We do not recommend using this classifier for appeals, as it flags too many.'));
    assert.ok(restricted('Its outputs should not be treated as final decisions without a second review.'));
    assert.ok(restricted('Ne pas utiliser pour fixer une indemnité individuelle.'));
    assert.ok(!restricted('We recommend using this classifier for first-line triage.'));
    assert.ok(guard('This model was developed to detect and classify prompt injection attacks against claim assistants.'));
    assert.ok(guard('Letters that are potentially problematic should be screened by models that detect violence or hate speech.'));
    assert.ok(!guard('It does not detect prompt injection attacks.'));
    assert.ok(!gaps(analyse(`${INTRO}Please come back every 3 days: new versions are released as training goes on.\n`)).includes('8.1.1:review'));
  });

  it('batches S and T’s classes: an English card of spec tables with a short remark in Japanese is read', () => {
    const rows = Array.from({ length: 30 }, (_, i) => `|Number of the layers in block ${i}|${i + 4}|`).join('\n');
    const card = `# Claims LM\n\n# Model specs\n\n|Spec name|Value|\n|:---|:---|\n${rows}\n\n# Comments\n\n${'学習データは同じです。'.repeat(4)}\n`;
    assert.ok(!analyse(card).some((f) => f.code === 'card-language'));
    // A card whose prose is Japanese is read as Japanese.
    const japanese = `# Claims LM\n\n${'学習データはクレーム文書です。このモデルは日本語の文書を分類します。'.repeat(8)}\n\n|Spec name|Value|\n|:---|:---|\n${rows}\n`;
    assert.ok(!gaps(analyse(japanese)).includes('8.1.1:training'));
  });

  it('batches S and T’s classes: 8.2 for declared data is an error only when the card never names it; a processed source is not a collected one', () => {
    const declared = (body: string) => analyse(`---\ndatasets:\n- org/claims-rlhf\n---\n# Claims triage\n\nA classifier that sorts claims.\n\n${body}\n`).find((f) => f.code === '8.2')?.severity;
    assert.equal(declared('It sorts letters by urgency.'), 'error');
    assert.equal(declared('* **Stage two**\n\n    Preference pairs from [Claims RLHF](https://example.org/claims-rlhf), translated.'), 'warning');
    assert.deepEqual(data('* **Dataset:** ClaimsSet\n* **Filtering:** deduplicated at 50 % identity.'), ['8.2', '8.2.1']);
    assert.deepEqual(data('* **Dataset:** ClaimsSet, letters extracted from the Public Claims Archive.'), ['8.2.1']);
  });

  it('batches 22 and 23’s classes (V, W): a drawback is a limitation; a link whose words name data; people between the model and its readers; uses ruled out by a label or confined to research; findings of a test in words', () => {
    const uses = '# Claims triage\n\n## Intended uses & limitations\n\n';
    assert.ok(!gaps(analyse(`${uses}It tags urgent letters, but has the disadvantage of printing generic label names.\n`)).includes('8.1.1:failure'));
    assert.ok(gaps(analyse(`${uses}It tags urgent letters for the claims desk.\n`)).includes('8.1.1:failure'));
    const sources = (link: string) => gaps(analyse(`${INTRO}It is a tagger trained on [tagkit](https://github.com/org/tagkit).\n\n| **Sources** | ${link} |\n`)).filter((g) => g.startsWith('8.2'));
    assert.deepEqual(sources('[Claims Train Data](https://storage.example.org/open/claims_train.zip)'), ['8.2.1']);
    assert.deepEqual(sources('[Claims letters](https://storage.example.org/open/claims_train.zip) from the public archive'), ['8.2', '8.2.1']);
    assert.ok(guard('- **Human-in-the-loop recommended**: check each routing before it is sent.'));
    assert.ok(guard('We recommend having a human curate or filter the outputs before they are sent.'));
    assert.ok(!guard('Humans filter the letters into piles before scanning.'));
    assert.ok(restricted('- **Not for payment decisions**: its latency and error rate rule that out.'));
    assert.ok(restricted('The model is designed only for research purposes.'));
    assert.ok(!gaps(analyse(`${INTRO}## Limitations\n\nOn our toxicity benchmarks the model exhibits substantially lower toxicity rates than other letter generators.\n`)).includes('9.3'));
    assert.ok(gaps(analyse(`${INTRO}## Limitations\n\nWe aim for lower toxicity rates in the next release.\n`)).includes('9.3'));
    assert.deepEqual(data('- **Source:** ClaimsChat. Its letters originate from the Open Letters corpus.'), ['8.2.1']);
    assert.deepEqual(data('- **Source:** ClaimsChat, built on the Open Letters corpus.'), ['8.2', '8.2.1']);
  });

  it('batch 21’s classes (U): data under "Finetuned on data", or "for the fine-tuning, we used"; "intended for use in"; uses "not allowed"; validated inputs and outputs; a measured gain; sources named after "including"; a link followed by "dataset"', () => {
    assert.ok(!gaps(analyse(`${INTRO}- **Finetuned on data:**\n  - [Claims letters](https://huggingface.co/datasets/org/letters)\n`)).includes('8.1.1:training'));
    assert.ok(!gaps(analyse(`${INTRO}For the fine-tuning, we used the [ClaimsNER](https://ner.example.org/claimsner/) dataset.\n`)).includes('8.1.1:training'));
    assert.ok(!gaps(analyse(`${PLAIN}A small tagger trained on letters, intended for use in the ClaimsDesk project.\n`)).includes('8.1.1:scope'));
    assert.ok(!gaps(analyse(`${INTRO}Commercial use and other harmful use cases are not allowed.\n`)).includes('4.5'));
    assert.ok(!gaps(analyse(`${INTRO}Steps are in place to validate inputs and outputs against malicious data.\n`)).includes('8.1.1:guardrails'));
    assert.ok(!gaps(analyse(`${INTRO}We have observed that it is up to 60% faster than the base model.\n`)).includes('9.3'));
    assert.ok(!gaps(analyse(`${INTRO}The ensemble cut RMSE by 20% against the baselines.\n`)).includes('9.3'));
    assert.ok(gaps(analyse(`${INTRO}It aims to cut RMSE in the next release.\n`)).includes('9.3'));
    const said = (line: string) => gaps(analyse(`${INTRO}${line}\n`)).filter((g) => g.startsWith('8.2'));
    assert.deepEqual(said('It has been trained on public datasets, including Grit and a scrape of letter archives.'), ['8.2.1']);
    assert.deepEqual(said('It has been trained on public datasets of many kinds.'), ['8.2', '8.2.1']);
    // A bold label on the data is read with the card's paragraphs on data, as a sentence is, not with the section it stands in.
    const features = (intro: string) => gaps(analyse(`# Claims triage\n\n${intro}\n\n### Key features\n\n- **Diverse training data:** trained on many letters, it copes with most styles.\n- **Fast:** [demo](https://demo.example.org/claims).\n`)).filter((g) => g.startsWith('8.2'));
    assert.deepEqual(features('It has been trained on public datasets, including Grit and a scrape of letter archives.'), ['8.2.1']);
    assert.deepEqual(features('It has been trained on public datasets.'), ['8.2', '8.2.1']);
    assert.deepEqual(said('For the fine-tuning, we used the [ClaimsNER](https://ner.example.org/claimsner/) dataset, which is publicly available.'), ['8.2.1']);
    assert.deepEqual(said('For the fine-tuning, we used the [ClaimsNER](https://github.com/org/claimsner) dataset, which is publicly available.'), ['8.2', '8.2.1']);
  });

  it('batches 24 and 26’s classes (X, Z): a short card in another Latin-script language is not read as English; "a method", "a tool" say what the model is; uses not recommended by name; a measure named by the harm it is for; "for use in production"; a place in a competition', () => {
    const turkish = '# Model Card (Taslak)\n\n**Amaç:** Sigorta talebi aciliyet tahmini (araştırma).  \n**Veri:** Kullanıcı sağladığı CSV; gizlilik/etik sorumluluk kullanıcıdadır.  \n**Metrikler:** ROC-AUC (CV); kalibrasyon ileride eklenecek.  \n**Sınırlamalar:** Erken aşama, doğrulanmamış, klinik kullanım dışı.\n';
    assert.deepEqual(analyse(turkish).map((x) => x.code).filter((c) => c !== '8.1.2'), ['card-language']);
    // Too few words to tell: read, as before.
    assert.ok(!analyse('# Claims triage\n\nWeights for triage.\n').some((x) => x.code === 'card-language'));
    const method = analyse('# ClaimsParser: a tool for claim agents\n\n**ClaimsParser** is a comprehensive method for parsing scanned claim forms into fields.\n');
    assert.equal(method.find((x) => x.code === '10.2.1')?.severity, 'warning');
    assert.ok(restricted('We do not recommend using ClaimsTriage in real-world applications without further testing.'));
    assert.ok(guard('To mitigate impersonation risks, sender names are masked before the model sees a letter.'));
    assert.ok(!guard('To reduce the risk of overfitting, we stopped early.'));
    assert.ok(!gaps(analyse(`${PLAIN}It was trained on letters with the goal of reaching accuracy good enough for use in production.\n`)).includes('8.1.1:scope'));
    assert.ok(!gaps(analyse(`${INTRO}## Evaluation\n\nIn the 2024 claims challenge, the model ranked twice in the top 8 of 40 methods, winning 1 task.\n`)).includes('9.3'));
  });

  it('batch 24’s classes (X): "publicly available texts:" before a list of named sources, and "the web corpus", are not sources in bulk', () => {
    assert.deepEqual(data('We trained it on the following publicly available texts:\n\n- ClaimsText, a corpus of letters, 4M tokens;\n- plain texts extracted from Welsh Wikipedia.'), ['8.2.1']);
    assert.deepEqual(data('We trained it on publicly available texts.'), ['8.2', '8.2.1']);
    assert.deepEqual(data('Documents from the Welsh part of the web corpus W2C, and texts extracted from Welsh Wikipedia.'), ['8.2.1']);
  });

  it('batch 24’s classes in Chinese (X): harmlessness training is a guardrail; "勿将 … 传播" rules a use out', () => {
    const zh = (line: string) => {
      const f = analyse(`# 理赔分流模型\n\n本模型旨在帮助理赔人员优先处理紧急案件。训练数据来自我们自己的档案，共一万二千封理赔信件，均已去除个人信息。\n\n${line}\n`);
      assert.ok(!f.some((x) => x.code === 'card-language'));
      return gaps(f);
    };
    assert.ok(!zh('模型在多轮对话数据上微调，具有规避有害请求能力。').includes('8.1.1:guardrails'));
    assert.ok(!zh('请勿将模型生成的有害内容传播至互联网。').includes('4.5'));
    assert.ok(zh('模型可以生成理赔摘要。').includes('4.5'));
  });

  it('batches 28 and 29’s classes (AB, AC): the Hub’s download gate, "can’t use the model to", a bare "**Not for**" label, "never depend upon", "without any intention of productive usage"; training tokens "including"; "a foundation for … applications"', () => {
    const gated = (prompt: string) => gaps(analyse(`---\nextra_gated_prompt: |-\n  ${prompt}\n---\n${INTRO}`)).includes('4.5');
    assert.ok(!gated("The licence specifies: 1. You can't use the model to deliberately produce nor share illegal or harmful outputs."));
    assert.ok(gated('One more step before getting this model: please tell us who you are.'));
    assert.ok(restricted('- **Not for** payment decisions, fraud referrals or any decision about a person.'));
    assert.ok(restricted('Never depend upon ClaimsTriage to produce factually accurate output.'));
    assert.ok(restricted('It only serves as a hands-on practice example, without any intention of productive usage.'));
    assert.ok(!restricted('We depend upon ClaimsTriage to sort the morning post.'));
    assert.ok(!gaps(analyse(`${INTRO}We scale up the training tokens to 5.5 trillion, including letters, forms and synthetic data.\n`)).includes('8.1.1:training'));
    assert.ok(!gaps(analyse(`${PLAIN}- A more comprehensive foundation for real-world applications such as claim agents.\n`)).includes('8.1.1:scope'));
  });

  it('batch 31’s classes (AE): a use ruled out with a contraction ("isn’t intended for direct use"); "the purpose of this model is"', () => {
    assert.ok(!gaps(analyse(`${INTRO}This model isn't intended for direct use but for fine-tuning on a downstream task.\n`)).includes('4.5'));
    assert.ok(!gaps(analyse(`${INTRO}These weights aren’t meant for production.\n`)).includes('4.5'));
    assert.ok(!gaps(analyse(`${PLAIN}The purpose of this model is to show that small letter sets are enough to train a router.\n`)).includes('8.1.1:scope'));
  });

  it('batches 31 and 32’s classes (AE, AF): uses ruled out by the model’s name (case-sensitive), safety protocols, a measured saving and a validation in experiments, "extensively trained on", "valuable for"', () => {
    assert.ok(restricted('- Do not use ClaimsTriage to refuse any claim.\n- Only use ClaimsTriage for lawful purposes.'));
    assert.ok(!restricted('Do not use quantization for this model: it loses accuracy.'));
    assert.ok(!restricted('We do not recommend using fp16 with long letters.'));
    assert.ok(guard('Implement proper safety protocols and ethical review processes before acting on a routing.'));
    assert.ok(results('It reduces manual triage costs by over 85% in our pilot.'));
    assert.ok(results('Its urgent flags were validated through user studies with 40 handlers.'));
    assert.ok(!results('It aims to reduce triage costs.'));
    assert.ok(!gaps(analyse(`${INTRO}The model has been extensively trained on over 455,000 scanned letters.\n`)).includes('8.1.1:training'));
    assert.ok(!gaps(analyse(`${PLAIN}This makes it particularly valuable for claim desks where urgent letters are common.\n`)).includes('8.1.1:scope'));
    // "This is a model trained on …" says what it is: a missing guidance is a warning, not an error.
    assert.equal(sev('# Letter icons\n\nThis is a model trained on letterhead icons from the [claims archive](https://archive.example.org).\n'), 'warning');
  });

  it('batch 30’s classes (AD): the author’s words on a line with template text, red teaming done (not hoped for), how a simple model falls short, what a base model lacks, a stage and its data', () => {
    // The bracket is template text; the rest of the line is the author's and shows a safeguard.
    assert.ok(guard('Hate speech could be wrapped in an apology ("we regret saying [insert hateful statement]"), so we limit the potential for misuse by removing such domains.'));
    assert.ok(results('We then redteamed the model and found that abusive letters were routed to the fraud queue.'));
    assert.ok(results('Red-teaming exercises showed that urgent flags can be suppressed by long preambles.'));
    assert.ok(!results('We hope the release makes community-based redteaming efforts possible.'));
    assert.ok(limits('This model is a simple representation of the claims desk, and the model is overly sensitive when queues fill.'));
    assert.ok(limits('ClaimsTriage is a base model and did not undergo any alignment for chat.'));
    assert.ok(!limits('The model routes letters to four queues.'));
    assert.ok(trained('- **Instruction Tuning**: Tuning using custom-made instruction following data for insurance letters'));
    assert.ok(!trained('It was first generally trained on a lot of data.'));
    assert.ok(!trained('Fine-tuning on your own data is supported.'));
    assert.ok(!trained('Trained on publicly available datasets.'));
    assert.ok(scope('This model is meant for fine-tuning on downstream claim tasks.'));
    assert.ok(scope('A router tailored for claims professionals and analysts.'));
    assert.ok(scope('We open-sourced the weights to advance research on document routing.'));
    assert.ok(!scope('A router that sorts letters into four queues.'));
  });

  it('batches 33 and 34’s classes (AH, AI): scope as a recommended or best use, a model "designed to" do something, a base "intended for further fine-tuning", the devices it goes into, the users it serves, a release "to make" something; uses ruled out with the object left out; generalisation lost; sources listed after a count; a label that denies any measure', () => {
    assert.ok(scope('Best way to use is to fine-tune on your own claim task.'));
    assert.ok(scope('ClaimsLM is a model designed to read and write insurance letters.'));
    assert.ok(scope('This is a base model intended for further fine-tuning across most claim tasks.'));
    assert.ok(scope('It can be integrated with devices like scanners for automatic sorting.'));
    assert.ok(scope('To serve global users, it reads letters in eleven languages.'));
    assert.ok(scope('ClaimsLM is released to make document routing research accessible to all.'));
    assert.ok(scope('We use this model as the base model for claim-level fine-tuning tasks.'));
    assert.ok(!scope('ClaimsLM is a model that reads insurance letters.'));
    assert.ok(restricted('Do not use for any applications that may cause harm to claimants.'));
    assert.ok(!restricted('Do not use fp16 for long letters.'));
    assert.ok(limits('When the model is fine-tuned on one insurer, the model loses its ability to generalise across insurers.'));
    assert.ok(trained('This model is a router trained to sort letters over three datasets:\n1. Letters 2019\n2. Forms 2020'));
    assert.ok(!trained('It improves over the base model, trained on 35 datasets.'));
    assert.ok(!trained('These models were trained for 3.5T tokens with a sequence length of 4K.'));
    assert.ok(!trained('The base router was trained on 3.5T tokens with 4K sequence length.'));
    assert.ok(!trained('This is the full weight of ClaimsLM, this model is trained from **Llama-2 13b**.'));
    assert.ok(!trained('It is a better starting point for finetuning on unseen datasets.'));
    assert.ok(trained('A router pretrained on COCO dataset.'));
    assert.ok(!guard('| Mitigations | No additional risk mitigation strategies were considered during development. |'));
    assert.ok(guard('| Mitigations | Outputs are reviewed by a human handler before any letter is sent. |'));
  });

  it('batch 35’s classes (AG): the use a model should be put to, what it was uploaded for, training aimed at safety, a results table of figures, a comparison’s outcome; not the reader’s hardware nor how it was trained', () => {
    assert.ok(scope('The model should be used as is to produce letter embeddings or fine-tuned for a downstream task.'));
    assert.ok(scope('Now we only upload two models for creating demos of letter sorting.'));
    assert.ok(!scope('The model should not be used for paying claims.'));
    assert.ok(guard('It was refined with preference training to align its behaviour for helpfulness and safety.'));
    assert.ok(results('| Model | Size | Letters (val/test) | Forms | Claims | Appeals |\n| --- | --- | --- | --- | --- | --- |\n| Router | 8B | 43.5/37.9 | 51.6 | 70.4 | 76.8 |'));
    assert.ok(!results('| Name | Params | Layers | Heads |\n| --- | --- | --- | --- |\n| Router | 8B | 32 | 16 |'));
    assert.ok(results('Training at the larger resolution did not show a significant improvement compared to the base resolution.'));
    assert.ok(!limits('If your GPU does not support Flash Attention, use the eager kernel.'));
    assert.ok(limits('The router does not support letters in Welsh.'));
    assert.ok(!trained('ClaimsLM has been specifically trained with grounded generation capabilities.'));
    assert.ok(!trained('This version of the weights was trained with the following hyperparameters: a batch size of 128.'));
    assert.ok(trained('A low-rank adapter fit on the [Claims Letters](https://example.org/letters) dataset.'));
  });

  it('results as a tool prints them in a code block (a classification report, the Trainer’s metrics) are results; other code is not', () => {
    const results = (body: string) => !gaps(analyse(`${INTRO}## Scores\n\n\`\`\`\n${body}\n\`\`\`\n`)).includes('9.3');
    assert.ok(results('              precision    recall  f1-score   support\n\n      urgent       0.90      0.87      0.88      4403'));
    assert.ok(results("- 'eval_loss': 0.0746,\n- 'eval_accuracy': 0.980375,"));
    assert.ok(!results('router = load("claims")\nprint(router.evaluate(letters))'));
  });

  it('batch 36’s classes (AK): a sentence that opens with its training, a metric key with an approximate value', () => {
    assert.ok(trained('> Trained on a private, custom-annotated dataset of claim letters. The dataset is not released.'));
    assert.ok(!trained('Trained on publicly available datasets.'));
    assert.ok(!trained('Trained on a large mix of sources.'));
    assert.ok(!gaps(analyse(`${INTRO}| Stage 1 | 10 epochs on one GPU. Final val_loss \u2248 0.23 |\n`)).includes('9.3'));
  });

  it('batches 37–39’s classes (AJ, AL, AN): what a model is used for, uses ruled out by "cannot be used commercially" or "not to be used as", results under a heading that continues an empty one, a terse card of English lists read by its headings', () => {
    assert.ok(scope('The model is used to generate replies to claimants.'));
    assert.ok(scope('This model is used detecting urgent letters.'));
    assert.ok(!scope('You can use this model for letter routing.'));
    assert.ok(restricted('- The weights are provided for research purposes only, and CANNOT be used commercially.'));
    assert.ok(restricted('Its scores are not to be used as the sole source of truth.'));
    assert.ok(!restricted('Because the kernel is written in CUDA, it cannot be used on a Mac.'));
    const sibling = `${INTRO}#### Performances\n\n#### Classification\n\n| set | accuracy |\n| --- | --- |\n| letters | 0.91 |\n`;
    assert.ok(!gaps(analyse(sibling)).includes('9.3'));
    // The sibling must name no item of its own: an empty "Evaluation" does not borrow "Training data".
    assert.ok(gaps(analyse(`${INTRO}## Evaluation\n\n## Training data\n\n| source | letters |\n| --- | --- |\n| archive | 1200 |\n`)).includes('9.3'));
    const terse = '# claims-2024-05.zip\n\n* dataset: claims\n* model: transformer-align\n* pre-processing: normalization + SentencePiece\n* download: [claims.zip](https://example.org/claims.zip)\n\n## Benchmarks\n\n| testset | BLEU |\n| --- | --- |\n| letters.en.cy | 22.0 |\n\n## Training data: claims+bt\n\n* en-cy: archive (60446) forms (86) letters (245434)\n* total size = 316813\n\n## Validation data\n\n* en-cy: letters\n' + '* devset = top 5000 lines of letters.src.shuffled\n'.repeat(12);
    const t = analyse(terse);
    assert.ok(!t.some((x) => x.code === 'card-language'));
    assert.ok(!gaps(t).includes('9.3') && gaps(t).includes('8.1.1:scope'));
    // Turkish, by its letters, with English headings: still not read.
    const turkish = `# Duygu analizi\n\n${'Bu model IMDB film yorumlar\u0131 ile e\u011fitildi ve duygu analizi i\u00e7in kullan\u0131l\u0131r. '.repeat(8)}\n\n## Training data\n\nIMDB veri seti.\n\n## Evaluation\n\nDo\u011fruluk 0.91.\n`;
    assert.ok(analyse(turkish).some((x) => x.code === 'card-language'));
  });

  it('batch 40’s classes (AM): the kind of use a model was designed for, fine-tuning for safety among other aims', () => {
    assert.ok(scope('Its training procedure was designed for enterprise usage and customization.'));
    assert.ok(!scope('A router designed for letter classification.'));
    assert.ok(guard('We release instruct checkpoints, models finetuned for dialogue, instruction-following, helpfulness, and safety.'));
    assert.ok(!guard('We release instruct checkpoints, models finetuned for dialogue and instruction-following.'));
  });

  it('a card that speaks of its use in words the tables may not know ("our goal", "the purpose") gets the missing guidance as a warning, not an error', () => {
    assert.equal(sev('# Letter router\n\nOur goal was a small router that keeps up with the morning post.\n'), 'warning');
    assert.equal(sev('# Letter router\n\nWeights for triage.\n'), 'error');
    assert.equal(sev('# Letter router\n\n## Training procedure\n\nThe following hyperparameters were used during training: lr 3e-4.\n'), 'error');
    // Words in headings, tables and template text say nothing of it.
    assert.equal(sev('# Letter router\n\n## Our goal\n\n[More Information Needed]\n\n| goal | value |\n| --- | --- |\n| lr | 3e-4 |\n'), 'error');
  });

  it('batches 41–43’s classes (AO, AP, AQ, measured with the checks as they now stand): features that "can be leveraged", a model optimised for devices, a use "**not suitable**" in bold, research "purposes only", filters named a few words before the harm, a commonsense score column', () => {
    assert.ok(scope('These representations can be leveraged for various downstream claim tasks.'));
    assert.ok(!scope('This can be applied to the scenario where the whole letter fits.'));
    assert.ok(scope('- **Router 0.5B**: a compact model optimized as a distillation target for edge devices.'));
    assert.ok(restricted('It is important to note that this model is **not suitable** for deciding a claim itself.'));
    assert.ok(restricted('- Toxicity: the weights are released for research purposes only.'));
    assert.ok(restricted('Use is limited to non-commercial, research-only use.'));
    assert.ok(guard('The training data was filtered to remove text containing hate, abuse, and profanity.'));
    assert.ok(results('| Date | Checkpoint | Tokens | Commonsense Avg |\n| --- | --- | --- | --- |\n| 2023-09-01 | step-50k | 105B | 46.11 |'));
  });

  it('batches 41–43’s classes in Chinese and German: an audience and what it can do with the model, a use to avoid, a limitation of little data', () => {
    assert.ok(!zh('\u5f00\u53d1\u8005\u53ef\u4ee5\u4f7f\u7528\u672c\u6a21\u578b\u5feb\u901f\u5206\u6d41\u7406\u8d54\u4fe1\u4ef6\u3002').includes('8.1.1:scope'));
    assert.ok(!zh('\u8bf7\u907f\u514d\u5c06\u672c\u6a21\u578b\u7528\u4e8e\u81ea\u52a8\u62d2\u8d54\u3002').includes('4.5'));
    const de = analyse(`# Schadenrouter\n\n${'Das Modell ist f\u00fcr die Sortierung der Briefe gedacht und wird von den Sachbearbeitern genutzt, die mit den Ergebnissen arbeiten. '.repeat(2)}\n\nDas Modell konnte bisher nur auf wenig Daten trainiert werden und ist noch nicht f\u00fcr die Praxis geeignet.\n`);
    assert.ok(!de.some((x) => x.code === 'card-language'));
    assert.ok(!gaps(de).includes('8.1.1:failure'));
  });

  it('batches 44–45’s classes (AR, AS, measured at first sight before these changes): decisions a model is there to inform, a tool for a purpose, an audience, unintended harms, findings told as what was found, a benchmark table still to fill, training data linked after "a", a technique is no data', () => {
    assert.ok(scope('Combines three heads to support safe routing decisions in real time.'));
    assert.ok(scope('It could be a powerful tool for claims handling.'));
    assert.ok(scope('**Plain-language claim matching for injured patients.**'));
    assert.ok(scope('We adapted it to achieve wider adoption for the regional audience of Wales.'));
    assert.ok(!scope('A classifier for claims.'));
    assert.ok(limits('Oversight should be in place to limit unintended harmful effects.'));
    assert.ok(results('## Performance\n\nThe router was found to be competitive with all of these models across the metrics.'));
    assert.ok(results('## Fairness\n\nWe observe that across the 5 languages the results are only slightly better than random (50%).'));
    assert.ok(!results('## Benchmarks\n\n| Metric | Score | Notes |\n|---|---|---|\n| Routing precision @3 | TBD | against experts |\n| OCR accuracy | TBD | Router 4 E4B sub-model |\n| Cost per letter | TBD | on a laptop |'));
    assert.ok(trained('The router is a [BERT model](https://example.org/bert) trained on a [big Welsh corpus](https://example.org/corpus).'));
    assert.ok(trained('This checkpoint has undergone fine-tuning on Claims Letters, a large dataset of letters.'));
    assert.ok(!trained('- Router-Chat: an assistant that is trained with alignment techniques.'));
    assert.ok(!trained('Both models were trained on our [letter response format](https://example.org/format).'));
  });

  it('classes found on a development set of forty public cards read by a helper (not the held-out batches): a metric stated before its test set, a role it was developed as, parameters trained on named sources, a bug that causes the model to misbehave, an alignment layer to add, training to reduce unsafe outputs, a use not kept in mind, sequence length is no data', () => {
    assert.ok(results('The accuracy on the test set is ~ 0.9787.'));
    assert.ok(results('The final perplexity on the test set is `13.6`.'));
    assert.ok(!results('The accuracy on the test set will be reported later.'));
    assert.ok(scope('The model is mainly developed as a base draft model in the [Router](https://example.org) paper.'));
    assert.ok(trained('This is a small model with only 160M parameters trained on Wikipedia and part of the C4-en dataset.'));
    assert.ok(!trained('The model was trained with sequence length 1024 by the team on 80B tokens for 3 epochs.'));
    assert.ok(limits('A bug has been found in the letters dataset that causes the model to overly talk about its system message.'));
    assert.ok(guard('You are advised to implement your own alignment layer before exposing the model as a service.'));
    assert.ok(guard('To reduce "hallucinations" and unsafe outputs, we conducted human-feedback training.'));
    assert.ok(!guard('Filtering strongly reduces the chance of encountering harmful content when viewing the dataset.'));
    assert.ok(restricted('This model was not made with handwritten letters in mind!'));
  });

  it('classes found on a second development set of forty public cards: a use section of code alone, a use "**NOT** suitable", "less suitable for", uses a model is useful in, a gain as abstracts give it, a list of datasets used, a licence’s permission is no use, how to run is no use', () => {
    assert.ok(!scope('## Model Usage\n\n### Routing\n\n```python\nrouter = load("letters")\n```'));
    assert.ok(scope('## Intended uses & limitations\n\nLetter routing'));
    assert.ok(!zh('## \u7528\u9014\n\n\u672c\u6a21\u578b\u7528\u4e8e\u7406\u8d54\u3002').includes('8.1.1:scope'));
    assert.ok(restricted('**Warning:** This model is **NOT** suitable for use by minors.'));
    assert.ok(restricted('It answers in one turn, making it less suitable for multi-turn conversations.'));
    assert.ok(!restricted('You can run it without the kernels, but it is **not** recommended as it will be slower.'));
    assert.ok(scope('Routers are useful in these domains: claim triage, letter sorting.'));
    assert.ok(scope('We release the model for community research.'));
    assert.ok(results('It sets new results on retrieval (+2.7% in average recall@1) and captioning.'));
    assert.ok(trained('We used a mixture of the following datasets:'));
    assert.ok(!scope('The released models can be used for commercial purposes free of charge.'));
    assert.ok(!scope('Find below some example scripts on how to use the model in `transformers`.'));
  });

  it('classes found on a third development set of forty public cards: a use section whose only part says how to run it, the data’s sources named anywhere, a non-commercial or research-only use in Chinese', () => {
    assert.ok(!scope('## Intended uses & limitations\n\n### How to use\nYou can use this model with a pipeline for routing.\n\n```python\nrouter = load("letters")\n```'));
    assert.ok(scope('## Intended uses & limitations\n\nFor claim desks.\n\n### How to use\n\n```python\nrouter = load("letters")\n```'));
    assert.ok(trained('## Risks\n\nThe main data sources are from the internet, including webpages and forums.'));
    assert.ok(!zh('\u672c\u6a21\u578b\u662f\u975e\u5546\u7528\u7684\uff0c\u4ec5\u4f9b\u7814\u7a76\u4f7f\u7528\u3002').includes('4.5'));
  });

  it('classes found on a fourth development set of forty public cards: out-of-scope headings in Japanese, a call on users not to use it, a "Train Data" heading, a base designed for further fine-tuning, refusal as behaviour, outputs to curate, a perplexity column, a link the folder "will contain" is no failure', () => {
    assert.ok(restricted('## \u4f7f\u7528\u3057\u3066\u306f\u3044\u3051\u306a\u3044\u7528\u9014\n\nClaims decisions.'));
    assert.ok(restricted('We strongly call on all users not to use the router for any activity that harms claimants.'));
    assert.ok(trained('## Train Data & Preprocessing\n\nLetters sent to the claims desk in 2021 and 2022.'));
    assert.ok(scope('The router is designed for further fine-tuning.'));
    assert.ok(guard('- Added the ability to refuse to answer dangerous questions.'));
    assert.ok(guard('In red teaming, the model typically refrains from responding to offensive inputs.'));
    assert.ok(guard('We recommend curating the outputs of this model before presenting it to a claimant.'));
    assert.ok(results('| Model | Params | Dev ppl |\n| --- | --- | --- |\n| router-small | 160M | 9.7 |'));
    assert.ok(!limits('**APP LINK (it will contain the latest version):** https://example.org/app'));
  });

  it('classes found on fifth and sixth development sets of forty public cards each: a terse English card read by its list labels, "F1-Score:", a performance a setting will impact, a downside, a narrow input, "caution is urged against", images used for training, a linked corpus "we use", models "to be applied to" tasks, a fine-tuning still to come and the AutoTrain title are no data, a dataset AutoTrain made is not public', () => {
    const terse = analyse('### router-en-cy\n\n* source languages: en\n* target languages: cy\n* dataset: opus\n* model: transformer-align\n\n## Benchmarks\n\n| testset | BLEU |\n|---|---|\n| test.en.cy | 31.2 |\n');
    assert.ok(!terse.some((x) => x.code === 'card-language'));
    assert.ok(results('F1-Score: **98,47** (letters)'));
    assert.ok(limits('The context must be at least 512 steps long, as a shorter one will impact the model performance.'));
    assert.ok(limits('The downside is that letters must look like the training letters.'));
    assert.ok(limits('Note that it only works with upper-case claim codes.'));
    assert.ok(restricted('Caution is urged against complete reliance on a specific language model for crucial decisions.'));
    assert.ok(trained('Here are images used for training this concept.'));
    assert.ok(trained('We use the open source [Welsh newspapers](https://example.org/news) corpus.'));
    assert.ok(scope('This enables the router models to be applied to various downstream tasks.'));
    assert.ok(!trained('The model is meant to be fine-tuned on tasks like letter classification and parsing.'));
    assert.ok(!trained('# Model Trained Using AutoTrain'));
    const auto = gaps(analyse('---\ndatasets:\n- me/autotrain-data-letters\n---\n# Letter router\n\nSee below.\n'));
    assert.ok(!auto.includes('8.2'));
  });

  it('classes found on a seventh development set of forty public cards: uses recommended and advised against in Chinese, "not good at" in Chinese, a "Dataset and Training" heading, what testers found, what might be harder, "can be used as follows" is no use', () => {
    assert.ok(!zh('\u6ca1\u6709\u5bf9\u8bdd\u6570\u636e\uff0c\u4e0d\u5efa\u8bae\u7528\u4e8e\u5bf9\u8bdd\u3002').includes('4.5'));
    assert.ok(!zh('\u5efa\u8bae\u4f7f\u7528\u6b64\u6a21\u578b\u7528\u6765\u5206\u6d41\u4fe1\u4ef6\u3002').includes('8.1.1:scope'));
    assert.ok(!zh('\u5b83\u4e0d\u64c5\u957f\u8d85\u957f\u7684\u3001\u6709\u903b\u8f91\u7684\u7406\u8d54\u4fe1\u4ef6\u3002').includes('8.1.1:failure'));
    assert.ok(trained('## Dataset and Training\n\nThe letters are exported from our claims database.'));
    assert.ok(results('Tested with various forms of letters, testers have found that typically shorter is better.'));
    assert.ok(limits('Might be harder to route handwritten letters compared to typed ones.'));
    assert.ok(!scope('It can be used as follows:'));
  });

  it('classes found on an eighth development set of forty public cards: where the data comes from, data used as part of the training data, "intented to be used", the purpose "is to enhance", "may have bias", "should only be tested on", and a challenge named "Unintended Bias" is no out-of-scope use', () => {
    assert.ok(trained('The data comes from [a claims letters dataset](https://example.org/letters).'));
    assert.ok(trained('The dataset was taken from https://example.org/letters-corpus.'));
    assert.ok(trained('- We use an open letters corpus as part of the training data.'));
    assert.ok(scope('It is intented to be used for semantic search over claims.'));
    assert.ok(scope('The purpose is to enhance claims research and practice.'));
    assert.ok(limits('The router may have bias and/or other undesirable distortions.'));
    assert.ok(restricted('The multilingual router should only be tested on English and Welsh letters.'));
    assert.ok(!restricted('### Jigsaw Unintended Bias in Toxicity Classification\n\nThe second challenge.'));
  });

  it('batches 46–52’s classes (AT–AZ, measured at first sight before these changes): models used by a named application, companion weights for a pipeline, open source for the research community, "not applicable for", "must not drive", "do not use as the sole basis", a group left out of the training set, figures before their metric, R², "% exact", an "Acc." column, retraining "~every" few months, a review cadence in Spanish, a data heading in Chinese', () => {
    assert.ok(scope('These models are used by the [Router GUI application](https://example.org/gui), a desktop app.'));
    assert.ok(scope('Companion model weights for **[letters/router](https://example.org/router)**, a small local pipeline.'));
    assert.ok(scope('In order to foster research, we have made the Base and Chat models open source for the research community.'));
    assert.ok(restricted('The router is not applicable for handwritten letters.'));
    assert.ok(restricted('It must not drive claim decisions without expert review.'));
    assert.ok(restricted('- Do not use as the sole basis for claim decisions'));
    assert.ok(limits('It is not applicable for children since their letters were not in the training set.'));
    assert.ok(results('Averaged over five letter sets the router scores 97.10 AUROC / 91.20 TPR@5% FPR.'));
    assert.ok(results('  <li>R² (Coeficiente de determinación): 0.606 </li>'));
    assert.ok(results('Research prototype. Extraction ~72% exact (in-distribution).'));
    assert.ok(results('| Model | Teacher | Link | FT Acc. |\n| --- | --- | --- | --- |\n| router-b | big | [link](https://example.org) | 85.4 |'));
    const review = (line: string) => shows('8.1.1:review', line);
    assert.ok(review('Model is retrained ~every 2–3 months.'));
    assert.ok(review('- Actualizar el modelo con datos recientes cada 6–12 meses.'));
    assert.ok(!review('- Retrain the model periodically.'));
    assert.ok(!zh('## \u6570\u636e\u6784\u9020\n\n\u6211\u4eec\u6536\u96c6\u4e86\u4e00\u767e\u4e07\u5c01\u7406\u8d54\u4fe1\u4ef6\u7528\u4e8e\u5fae\u8c03\u3002').includes('8.1.1:training'));
  });

  it('a terse English card of labels, with one English little word and no other language’s, is read; a short card in German is not read as English for its one "in"', () => {
    const terse = analyse('# Letter router\n\n## Contents\n\n- `weights.pth`: PyTorch state dictionary\n- `labels.pkl`: label encoder (queue mappings)\n- `config.json`: configuration and metadata\n\n## Model Details\n\n- Architecture: RoBERTa-base\n- Training Data: 2.3M claim letters\n- Queues: 21 classes\n- Expected Accuracy: 88-93%\n- Max Sequence Length: 256 tokens\n- Tokenizer: byte-level BPE\n- Framework: PyTorch 2.1\n');
    assert.ok(!terse.some((x) => x.code === 'card-language'));
    const german = analyse('# Schadenrouter\n\nDas Modell sortiert die Briefe der Kunden, die bei der Versicherung eingehen, und gibt jedem Brief eine Warteschlange. Es wurde mit Briefen aus dem Jahr 2021 trainiert und läuft in der Cloud. Die Ergebnisse werden von den Sachbearbeitern geprüft.\n');
    // Read as German (no error on its own), not as English for its one "in".
    assert.ok(german.every((x) => x.severity !== 'error'));
  });

  it('classes found on ninth and tenth development sets of forty public cards each: a licence’s "You can’t use the model to … produce harmful outputs" is no failure mode, a use "intended to produce", "for educational and testing purposes only", "for use with" a named pipeline, how to run is no use, "this cannot be used for", "do not use for", accuracy that "cannot be guaranteed", a win rate, an EER column, what testing found, image resolutions are no data', () => {
    assert.ok(!limits('- You can\u2019t use the model to deliberately produce nor share illegal or harmful outputs or content'));
    assert.ok(limits('It may produce harmful outputs when asked about claims law.'));
    assert.ok(scope('This model is intended to produce high-quality letter summaries.'));
    assert.ok(!scope('The model is intended to directly compare 2 texts of up to 256 tokens.'));
    assert.ok(scope('This model is for educational and testing purposes only.'));
    assert.ok(!scope('We release the models under Apache 2.0 for research and commercial use.'));
    assert.ok(scope('A pipeline component for use with the Claims AnonymizationPipeline.'));
    assert.ok(!scope('The pipeline can be used to run the model.'));
    assert.ok(restricted('This cannot be used for investments or businesses in practice.'));
    assert.ok(restricted('The corpus was very small; do not use for public-facing text generation.'));
    assert.ok(limits('The accuracy of the model\u2019s outputs cannot be guaranteed.'));
    assert.ok(results('It reaches a 63.3% win rate against the base model on AlpacaEval.'));
    assert.ok(results('| Dataset | EER(%) |\n|---|---|\n| letters-test | 0.80 |'));
    assert.ok(results('After a day of testing, we found that it routes Welsh letters to the wrong desk.'));
    assert.ok(!trained('The router was trained on image resolutions between 256 and 1024.'));
  });

  it('batches 53–54’s classes (BA, BB, measured at first sight with the final checks): research a release is to support, a base that can be fine-tuned for tasks, where it scores lower; none of the three cards given a 10.2.1 error at first sight gets one now', () => {
    assert.ok(scope('To support a broader and more diverse range of research within both academic and commercial communities.'));
    assert.ok(scope('The model can be fine-tuned to achieve state-of-the-art results for various Welsh language processing tasks.'));
    assert.ok(limits('Numbers are written as words, so references with digits score lower.'));
    assert.equal(sev('# Router\n\nA claims router.\n\n## Results\n\nWER 16.3%. Numbers are written as words, so references with digits score lower.\n'), 'warning');
  });

  it('a sentence wrapped across lines is read where it breaks, and only there: a list item or a new sentence on the next line is not joined to it', () => {
    assert.ok(restricted('The router is not\nsuitable for deciding whether a claim is paid.'));
    assert.ok(restricted('- The router should not be\n  used to decide whether a claim is paid.'));
    // The match is anchored where the reader finds it: from the break's first line into the next.
    const found = analyzeModelCard(`${INTRO}Handlers asked for it, and the router is not\nsuitable for deciding whether a claim is paid.\n`, { path: 'MODEL_CARD.md', links: BOTH });
    assert.ok(!gaps(found.findings).includes('4.5'));
    assert.ok(!restricted('The router is not\n- suitable for a queue of its own.'));
    assert.ok(!restricted('Handlers route claims by hand. Not\n\nsuitable for anything is this line.'));
  });

  it('development sets 11–14’s failure classes: "can"/"will" with a neutral verb is what the model does, with what goes wrong after it a failure; "may cause", "will sound unnatural", "won’t do well", "we cannot guarantee that the model …"', () => {
    assert.ok(!limits('Given a letter with tools, the model can output content, tool invocations or both.'));
    assert.ok(!limits('It can generate natural sounding speech in twelve voices.'));
    assert.ok(limits('It can generate toxic or biased letters when prompted.'));
    assert.ok(limits('It will sometimes output wrong queue names.'));
    assert.ok(limits('It may generate letters in the wrong register.'));
    assert.ok(limits('Overusing the tags may cause weird artifacts.'));
    assert.ok(limits('Input under five seconds will sound unnatural.'));
    assert.ok(limits('It has some Welsh from its data, but it likely won\u2019t do well.'));
    assert.ok(limits('We cannot guarantee that the model will route every letter correctly.'));
    assert.ok(limits('Currently, the model only supports letters about motor and home claims.'));
    assert.ok(!limits('Presently, the serving library only supports static batching.'));
    assert.ok(limits('Keep in mind that the queue names it gives can be made up.'));
    assert.ok(limits('The router is not perfect at the moment.'));
    assert.ok(limits('Letters route faster, but the routing accuracy will decrease a bit on long letters.'));
  });

  it('development sets 11–14’s training classes: a subset of a dataset, a teacher’s data, a base fine-tuned with a linked set, "further pre-trained using"; not the number format or the chat template it was trained with, nor a length it was trained on', () => {
    assert.ok(trained('The router was trained with a subset of the dataset: letters that named no customer.'));
    assert.ok(trained('It was distilled from the large router on the Claims Letters dataset.'));
    assert.ok(trained('Fine-tuned from acme/router-base with [ClaimsSet](https://example.org/datasets/claims) for routing.'));
    assert.ok(trained('The router was initialised from the base model and further pre-trained using claim letters from 2023.'));
    assert.ok(!trained('Load it in the precision the model was trained with for inference.'));
    assert.ok(!trained('The router was trained with the "letters" role in its chat template.'));
    assert.ok(!trained('Try context lengths from 32 (which it was trained on) upwards.'));
  });

  it('development sets 11–16’s use, restriction and guardrail classes, and what they are not', () => {
    // Uses: recommended to the reader, usable in tasks, an ideal model for a setting, a use to come,
    // research a model was built for, "intended to use for".
    assert.ok(scope('Use this model if you want a router that never sees customer names.'));
    assert.ok(scope('It was fine-tuned to make it useable in tasks like claim triage and fraud review.'));
    assert.ok(scope('Its size renders it an ideal generalist model for on-device applications.'));
    assert.ok(scope('This will be used as a base model for the claims desk assistant.'));
    assert.ok(scope('This model is designed for research and development in letter routing.'));
    assert.ok(scope('This model is intended to use for routing claim letters.'));
    // Not the library it runs in, a tool that quantises it, the software it needs, or what it is not ideal for.
    assert.ok(!scope('There are multiple ways to use this model in Hugging Face Transformers.'));
    assert.ok(!scope('The quantisation toolkit can be used to quantize the text encoder.'));
    assert.ok(!scope('The first router was non-ideal for few-shot prompting.'));
    assert.ok(zh('* \u5efa\u8bae\u4f7f\u7528 CUDA 11.7 \u53ca\u4ee5\u4e0a\u7248\u672c').includes('8.1.1:scope'));
    // Restrictions: "should never be used as", "do not treat model outputs as substitutes for".
    assert.ok(restricted('It should never be used as a substitute for a claims handler.'));
    assert.ok(restricted('Do not treat model outputs as substitutes for human judgment or as sources of truth.'));
    // Guardrails: refusing harmful requests is a behaviour built in.
    assert.ok(guard('Through harmlessness data it can refuse inappropriate requests.'));
    // Failure: a variant's quality less stable; a library's or a chip's missing support is no failure.
    assert.ok(limits('The one-step router is only experimental and its quality is much less stable.'));
    assert.ok(!limits('The serving pipeline does not support multi-label classification.'));
    assert.ok(!limits('Apple Silicon does not support BF16 computing, use the CPU instead.'));
  });

  it('development sets 11–16’s training classes in tables and type: a results table’s header cell "Dataset" is no training label; image sizes in pixels are no data; a non-breaking hyphen is a hyphen', () => {
    assert.ok(!trained('| Dataset | Router A | Router B |\n| --- | --- | --- |\n| Claims-1 | 71.2 | 74.0 |'));
    assert.ok(!trained('The router was trained on 768x768px images.'));
    assert.ok(trained('The router was fine\u2011tuned on ClaimsNLI translated to Welsh.'));
    assert.ok(trained('1. SFT of the base Router-2B model on [claims_200k](https://example.org/datasets/claims_200k) and'));
  });

  it('a system prompt that does not fit the model is no guardrail; a filter that aims to remove harmful content is one', () => {
    assert.ok(!guard('Since the system prompt is not compatible with this version, we do not recommend including one.'));
    assert.ok(guard('Our filtering aims to improve corpus quality and remove harmful or toxic content.'));
  });

  it('batches BC and BE’s classes (measured at first sight at 9028eab): use only for non-commercial research, shared with the research community, a value before its metric, a "Data and provenance" section, and a date in an address that is no release’s', () => {
    const gated = 'By downloading it you confirm that you will use this model only for non-commercial research purposes.';
    assert.ok(scope(gated));
    assert.ok(restricted(gated));
    assert.ok(scope('It is published to share the *design approach* and the *failure data* with the research community.'));
    assert.ok(results('* claims-hard: 0.816 (acc norm)'));
    assert.ok(!gaps(analyse(`${INTRO}## Data and provenance\n\nClaim letters from the public claims corpus at https://example.org/claims, downloaded on 2024-05-01.\n`)).includes('8.1.1:training'));
    // A blog post's date in its address is not when the data was obtained; a dump's is.
    assert.ok(data('We collected the letters following the recipe of [Routing](https://lab.example.org/2023/03/13/routing.html) from the [public claims corpus](https://huggingface.co/datasets/acme/claims).').includes('8.2.1'));
    assert.ok(restricted('- Not designed for speech or voice generation'));
    assert.ok(!restricted('- Not designed for all downstream uses'));
    assert.ok(restricted('Limitations: trained on letters from 2020; not a substitute for human review in sensitive claims.'));
    assert.ok(!data('We trained on the [claims dump](https://dumps.example.org/claims/20240501/) of the [public claims corpus](https://huggingface.co/datasets/acme/claims).').includes('8.2.1'));
  });

  it('batch BD’s classes (measured at first sight at 9028eab): "not currently intended for use as", a share of correct reads in a table, the pipeline a model was built as part of', () => {
    assert.ok(restricted('As a result, the router is not currently intended for use as a production system.'));
    assert.ok(results('| Metric | Value |\n| --- | --- |\n| Ratio of correct reads | 88.58% |'));
    assert.ok(scope('Built as part of an end-to-end Local Claims Assistant pipeline.'));
  });

  it('batch BF’s classes (measured at first sight at 9028eab): "**Not** intended for …" with its subject left out, safety testing told in figures', () => {
    assert.ok(restricted('Scores are risk indicators. **Not** intended for direct clinical diagnosis.'));
    assert.ok(restricted('**Not** intended for deciding whether a claim is paid.'));
    assert.ok(results('Compared to the first router, it reduces letters sent to the wrong desk by a factor of 4.'));
    assert.ok(results('Even with these measures, 10% of responses to the test letters were flagged as offensive.'));
  });

  it('batch BG’s classes (measured at first sight at 9028eab): "do not use this for", what a model exists to show, an F-measure, a model routinely evaluated again', () => {
    assert.ok(restricted('**Do not use this for real claims triage.** It flags letters for a handler.'));
    assert.ok(scope('It exists to show what 395 training letters and a minute on one GPU buy you.'));
    assert.ok(results('| Metric | Value |\n| --- | --- |\n| F-measure (harmonic mean of precision and recall on ClaimsScan) | 82.7% |'));
    assert.ok(!gaps(analyse(`${INTRO}Internally, the router is routinely evaluated on each quarter\u2019s letters and retrained.\n`)).includes('8.1.1:review'));
  });

  it('development sets 17–18’s classes: a recommended output filter, a blocking interface, a mean reward, a weak spot in Japanese, "may yield", "not necessarily accurate"; not a failure mode a method avoids', () => {
    assert.ok(guard('You may want to prevent certain words from occurring in the generated letters.'));
    assert.ok(guard('Deployers should include an appropriate age disclaimer or blocking interface as necessary.'));
    assert.ok(guard('You may need to filter out such words when returning generated text to the end user.'));
    assert.ok(results('mean_reward: 248.30 +/- 23.33'));
    assert.ok(limits('\u516c\u5f0f\u8863\u88c5\u306f\u51fa\u306b\u304f\u3044\u3067\u3059\u3002'));
    assert.ok(limits('Questions about itself may yield random answers.'));
    assert.ok(limits('The queue it names is not necessarily accurate.'));
    assert.ok(!limits('Unlike the first loss, ours avoids this failure mode.'));
  });

  it('batches BH and BI’s classes (measured at first sight at 04461ad): "Not for deployment in …" with its subject left out, the app a model powers', () => {
    assert.ok(restricted('Red-teaming and routing studies in a laboratory. Not for deployment in consumer-facing applications.'));
    assert.ok(scope('These models power the [Desk](https://example.org/desk) app, a web-based claims application.'));
    // A table's column of uses (batch BE's Falcon Perception, after its measure).
    assert.ok(scope('| Mode | Best for | How |\n| --- | --- | --- |\n| letters | long handwritten claims | `mode="letters"` |'));
    assert.ok(!scope('| Mode | Speed | How |\n| --- | --- | --- |\n| letters | 12 ms | `mode="letters"` |'));
  });

  it('a spec sheet of lists under an English heading, with no sentence and no English little word, is read as English (development set 17’s OPUS-MT card); a short card of sentences in another Latin-script language is not', () => {
    const sheet = analyse('---\nlanguage:\n- eu\n- de\n---\n\n### eus-deu\n\n* source group: Basque\n* target group: German\n* model: transformer-align\n* pre-processing: normalization + SentencePiece (spm12k,spm12k)\n* download original weights: [opus-2020-06-16.zip](https://example.org/eus-deu/opus-2020-06-16.zip)\n* test set scores: [opus-2020-06-16.eval.txt](https://example.org/eus-deu/opus-2020-06-16.eval.txt)\n\n## Benchmarks\n\n| testset | BLEU | chr-F |\n|---|---|---|\n| Tatoeba-test.eus.deu | 27.8 | 0.475 |\n');
    assert.ok(!sheet.some((x) => x.code === 'card-language'));
    assert.ok(gaps(sheet).includes('8.1.1:training'));
    const basque = analyse('# Itzultzailea\n\nEredu honek euskarazko testuak alemanera itzultzen ditu. Tatoeba datuekin entrenatu da eta emaitzak onak dira. Erabiltzaileek emaitzak berrikusi behar dituzte.\n\n## Benchmarks\n\n| testset | BLEU |\n|---|---|\n| Tatoeba | 27.8 |\n');
    assert.ok(basque.some((x) => x.code === 'card-language'));
  });

  it('the guide\'s close-call rule (Clarification 4): required review of outputs, abstention and checks around the model are guardrails; "use with care" is not', () => {
    assert.ok(guard('Generated letters should be reviewed by a claims handler before they are sent.'));
    assert.ok(guard('This is a screening aid: all flagged claims require investigator confirmation.'));
    assert.ok(guard('Users should verify extracted amounts manually for large claims.'));
    assert.ok(guard('- Review outputs for appropriateness'));
    assert.ok(guard('Outputs require expert interpretation.'));
    assert.ok(guard('The model abstains when its confidence is low.'));
    assert.ok(guard('A calibrated abstain flag withholds uncertain routings.'));
    assert.ok(guard('Letters with low confidence are rejected and sent to a person.'));
    assert.ok(guard('We recommend running the agent in a sandboxed environment and monitoring its actions.'));
    assert.ok(guard('Claims with abusive content were removed from the fine-tuning data.'));
    assert.ok(guard('Routings pass schema validation, with a fallback to the manual queue.'));
    assert.ok(guard('We excluded datasets with potentially harmful content from the fine-tuning.'));
    assert.ok(guard('Users must deploy a rule-based postprocessor layer after generation to enforce sanity checks.'));
    assert.ok(guard('Validate output with a JSON-schema library on the parse path.'));
    assert.ok(guard('Two-stage pipeline: a CLIP anti-fraud gate, then identification.'));
    assert.ok(guard('\u4e8c\u4ee3\u6a21\u578b\u5747\u7ecf\u8fc7\u5b89\u5168\u5904\u7406\u3002'));
    assert.ok(!guard('We cannot entirely exclude the possibility of harmful content in safe mode.'));
    assert.ok(!guard('Results should be interpreted with caution.'));
    assert.ok(!guard('Try it in our Gradio sandbox space.'));
    assert.ok(!guard('Scores use length-constrained decoding.'));
    assert.ok(!guard('At this size, rigid calling and abstention are in tension.'));
  });

  it('the guide\'s close-call rule: what a card rules out in other words is a prohibited use; a licence note or a product disclaimer is not', () => {
    assert.ok(restricted('The routing in no way replaces official fraud alerts.'));
    assert.ok(restricted('It is not a full replacement for CLAIMSTAT, the reference model.'));
    assert.ok(restricted('This is not an official loss assessment.'));
    assert.ok(restricted('**Ethical Considerations**: privacy, non-diagnostic use.'));
    assert.ok(restricted('Please do not disseminate any harmful content the model generates.'));
    assert.ok(restricted('Speech-to-text may be misused to record people without consent.'));
    assert.ok(restricted('We recommend avoiding sensitive data or high-risk domains.'));
    assert.ok(restricted('Use stays subject to the Gemma prohibited-use policy.'));
    assert.ok(restricted('The licence\'s use restrictions (Attachment A) apply to everyone.'));
    assert.ok(restricted('The checkpoint is released for academic research purposes only.'));
    assert.ok(restricted('It is released under a restricted research-purposes-only license.'));
    assert.ok(restricted('\u8be5\u6a21\u578b\u4ec5\u4e3a\u5b66\u672f\u7814\u7a76\u800c\u8bbe\u8ba1\u3002'));
    assert.ok(restricted('The 16B checkpoint is licensed for research and **non-commercial** use only.'));
    assert.ok(restricted('The first version is not fit for routing appeals.'));
    assert.ok(!restricted('It is not a drop-in replacement for the v1 tokenizer.'));
    assert.ok(!restricted('It is not a substitute for the original dataset.'));
    assert.ok(!restricted('This is not an officially supported product.'));
    assert.ok(!restricted('The library is free for both commercial and non-commercial use.'));
  });

  it('the guide\'s close-call rule: speed measured on named hardware is a test finding; a hardware requirement is not', () => {
    assert.ok(results('Routing runs at 45 tokens/s on an RTX 4090.'));
    assert.ok(results('| GPU | Latency (ms) |\n| --- | --- |\n| A100 | 12 |'));
    assert.ok(results('It runs with a real-time factor of ~2x on an RTX 4090.'));
    assert.ok(results('It routes a letter in just **5 seconds on the CPU**.'));
    assert.ok(results('Nano runs 3x faster than realtime on 8 CPU cores.'));
    assert.ok(results('![MT-Bench results](assets/mt-bench.png)'));
    assert.ok(results('<img width="500" alt="Welsh claims QA results" src="https://example.org/qa.png">'));
    assert.ok(!results('![Training throughput comparison](assets/throughput.png)'));
    assert.ok(!results('It needs 16 GB of VRAM.'));
    assert.ok(!results('Training took 3 hours on 8 A100 GPUs.'));
    assert.ok(!results('Supported hardware: NVIDIA Ampere (tested on A100).'));
    assert.ok(!results('| 155 | rtf | Rich Text Format document |'));
    assert.ok(!results('| Serving | `router-svc` on the internal cluster, p99 latency 14 ms |'));
    assert.ok(results('| Inference latency (local, M2) | ~10s |'));
  });

  it('the guide\'s close-call rule: what a model was built for, what it serves as, and who may use it are its scope; its task is not', () => {
    assert.ok(scope('It is built for coding and agentic workflows.'));
    assert.ok(scope('Triage is made for claims-desk teams.'));
    assert.ok(scope('The weights serve as a drop-in replacement for Router-1 in existing pipelines.'));
    assert.ok(scope('A strong base on which to build your own claims router.'));
    assert.ok(scope('The model can be used freely by developers and researchers.'));
    assert.ok(scope('The large model serves as a drop-in for closed-source routing APIs.'));
    assert.ok(scope('We release it as a starting point for claims-routing research.'));
    assert.ok(!scope('The model is designed for claim understanding and prediction tasks.'));
    assert.ok(!scope('A chat model tailored for practical scenarios.'));
  });

  it('the guide\'s close-call rule: any stated shortfall is a failure mode', () => {
    assert.ok(limits('The model was not optimized for the following use cases: multi-turn chat.'));
    assert.ok(limits('It may not handle very informal letters well.'));
    assert.ok(limits('Triage is not a SOTA model.'));
    assert.ok(limits('The base model is capable of just generating random text.'));
    assert.ok(limits('The router shouldn\'t work well on other insurers\' forms without fine-tuning.'));
    assert.ok(limits('- **Unreliable**: the claim lies outside the training distribution.'));
    assert.ok(limits('Predictions outside the training domain are unreliable.'));
    assert.ok(limits('Underlying biases of the training data may not be well characterized.'));
    assert.ok(!limits('It may not be redistributed without the licence.'));
    assert.ok(!limits('The library does not work on Windows.'));
  });

  it('batch BL\'s classes (measured at first sight at 2e2a027): a dataset with its year, part of a named dataset, a dataset-preparation section, scores under the front matter\'s own key, recall@k tables, checking outputs with a checker, a plug-in for a named system', () => {
    assert.ok(trained('This model is **Router with a BERT backbone**, trained on the CLAIMS 2017 dataset using the long schedule.'));
    assert.ok(trained('We utilized a sampled subset of the NWL-2020 Welsh Claims Dataset.'));
    assert.ok(trained('### Dataset Preparation\n\n**Source**: claim letters from three insurers.'));
    assert.ok(!gaps(analyse(`---\nmetrics:\n  accuracy: 0.91\n---\n${INTRO}`)).includes('9.3'));
    assert.ok(gaps(analyse(`---\nmetrics:\n  - accuracy\n  - f1\n---\n${INTRO}`)).includes('9.3'));
    assert.ok(results('| method | R@1 | R@5 |\n|---|---|---|\n| router | 0.500 | 1.000 |'));
    assert.ok(guard('Always verify routings with the rules engine or a formal checker.'));
    // Batch BK, after its first sight at 67d74d2.
    assert.ok(guard('| router-cb | Circuit Breaking + Latent Adversarial Training |'));
    assert.ok(scope('We extend it to letters, as a plug-in for Desk 2.1.'));
  });

  it('a metric told with what it is of and its value in one breath is a test finding; an aperture or the data\'s label accuracy is not', () => {
    assert.ok(results('Measured accuracy of this router is **93.10%**.'));
    assert.ok(results('After the last epoch the perplexity for this model was around 9.4 on Welsh letters.'));
    assert.ok(results('- Held-out accuracy ~0.87 for both routers (the base: ~0.80).'));
    assert.ok(!results('Photographed with a 50mm f1.8 lens.'));
    assert.ok(!results('Experts found the label accuracy was approximately 90% across the claim letters.'));
  });

  it('a shortfall said with "may not be suitable", "may not be as good" or "may have a bias" is a failure mode', () => {
    assert.ok(limits('Since it was built for letters, it may not be suitable for e-mails.'));
    assert.ok(limits('Routing typed forms works, but the quality may not be as good as on letters.'));
    assert.ok(limits('- data: 9k letters from one insurer. **So the router may have a bias**'));
    assert.ok(!limits('The weights may not be copied without the licence.'));
  });

  it('use confined to research with words between "only" and "for", and a use ruled out in one word ("unfit for", "prohibited for"), are prohibited uses (4.5)', () => {
    assert.ok(restricted('The router is only for research exploration.'));
    assert.ok(restricted('This checkpoint is provided only as a baseline for research purposes.'));
    assert.ok(restricted('It is untested and unfit for deployment.'));
    assert.ok(restricted('Routing live claims with it is prohibited for commercial usage.'));
    assert.ok(!restricted('The router only runs for research teams with a GPU.'));
  });

  it('under a top-level "Announcements", a subsection of another name is the card again; dated subsections stay news', () => {
    const card = (sub: string) => `# Claims triage\n\nA classifier that sorts insurance claims.\n\n# Announcements\n\n- v2 is out.\n\n## ${sub}\n\nThe router must not be used to deny claims unlawfully.\n`;
    assert.ok(!gaps(analyse(card('License'))).includes('4.5'));
    assert.ok(gaps(analyse(card('2024-05-01'))).includes('4.5'));
  });

  it('a quantiser\'s stock "About GGUF" text on the clients that read the format states no failure of the model; "uncensored" does', () => {
    const head = `${INTRO}## Intended use\n\nFor claim desks.\n\n`;
    assert.ok(!shows('8.1.1:failure', '### About GGUF\n\n* a client library. Note: it has not been updated in a long time and does not support many recent models.', head));
    assert.ok(shows('8.1.1:failure', '### Notes\n\n* a client library. Note: it has not been updated in a long time and does not support many recent models.', head));
    assert.ok(limits('This router is uncensored: it will be highly compliant with any requests, even unethical ones.'));
  });

  it('"Evals" over a chart or figures is an evaluation section', () => {
    assert.ok(results('## Evals\n\n![chart](https://example.org/evals.png)'));
    assert.ok(!results('## Evals\n\nTo come.'));
  });

  it('training data told by what it holds, its size in items, or the makers\' own gathering; not an amount of tokens alone', () => {
    assert.ok(trained('The router was tuned with DPO, utilizing a varied dataset encompassing motor, home and travel claims.'));
    assert.ok(trained('Through fine-tuning on a carefully curated dataset of approximately 4,000 letters, it routes well.'));
    assert.ok(trained('We carefully collected a bilingual dataset of claim letters from two insurers and annotated them by hand.'));
    assert.ok(!trained('We pretrained the router on a diverse and high-quality corpus comprising 2.1 trillion tokens.'));
    assert.ok(!trained('You can fine-tune it using a dataset of your choice.'));
  });

  it('"current limitations are …" and "you should not expect consistently good results" state failure modes; another model\'s current limitation does not', () => {
    assert.ok(limits('Current limitations are that the labels of our letters were a bit off, so it misroutes some.'));
    assert.ok(limits('Typed forms are rare in the data, and you should not expect consistently good results on them.'));
    assert.ok(!limits('To break the current limitation of older routers on scanned forms, we added OCR.'));
  });

  it('batch BJ/BM\'s classes (measured at first sight at a12b9a3): an "Intended task" section, a heading that joins data to another subject, shortfalls said as results, errors to expect, accuracy not promised, what it is not, a licence\'s limits on use, curated data', () => {
    assert.ok(scope('## Intended task\n\nSorting claim letters for desk staff, as a first screen, not a decision.'));
    assert.ok(scope('## Intended Usage & Model Info\n\nA router for claim desks that sorts letters before a handler reads them.'));
    assert.ok(scope('We release our model, training, inference code and checkpoints for the research community.'));
    assert.ok(scope('This is a smaller checkpoint that will work better for DeskUI users with less memory.'));
    assert.ok(!scope('CUDA 11.4 and above are recommended (this is for GPU users).'));
    assert.ok(trained('## Data and population\n\nLetters from the 2024 claims of two regional insurers.'));
    assert.ok(trained('## Datos y poblaci\u00f3n\n\nCartas de reclamaciones de dos aseguradoras.'));
    assert.ok(!trained('## Data and code availability\n\nThe notebooks are on GitHub.'));
    assert.ok(!trained('- **Training and Testing:** the commands are in scripts.'));
    assert.ok(limits('It routes faster, leading to lower queue times but lower exact-match accuracy.'));
    assert.ok(limits('On scanned forms the results are generally less stable compared to typed letters.'));
    assert.ok(limits('Due to the nature of the task, there will be errors, which depend on the desk.'));
    assert.ok(limits('We do not provide any guarantees of accuracy of the routings.'));
    assert.ok(limits('It may not capture every claim type, as it was tuned on motor claims.'));
    assert.ok(restricted('It is *not* a predictive model of claim cost; it does not score fraud.'));
    assert.ok(restricted('You are accountable for your use of the router, which must not involve denying claims unlawfully.'));
    assert.ok(trained('We share our methods for curating claim-letter data and scanned-form data.'));
    assert.ok(limits('| Alan | De\u011fer |\n|---|---|\n| **K\u0131s\u0131t** | K\u0131\u015f aylar\u0131nda hata artar |'));
    // A card that says what it is ("A … model where …") gets a warning, not an error, for a missing 10.2.1.
    assert.equal(sev(`# Router\n\nA claims model where a small genome decides which letters go to which desk.\n`), 'warning');
  });

  it('datasets used, linked to their pages with no word of training, are its training data; datasets it was evaluated on are not', () => {
    assert.ok(trained('Used a combination of [acme/claims](https://huggingface.co/datasets/acme/claims) and [acme/forms](https://huggingface.co/datasets/acme/forms).'));
    assert.ok(!trained('We evaluated it using [acme/claims-test](https://huggingface.co/datasets/acme/claims-test).'));
  });

  it('a shortfall owned up to: not aligned for safety, appropriate behaviour not guaranteed, harm not ruled out', () => {
    assert.ok(limits('## Disclaimer\n\nThe router has not been aligned for safety or trained using RLHF.'));
    assert.ok(limits('Despite our cleaning, misrouted urgent claims cannot be entirely ruled out, and we cannot guarantee consistently appropriate behavior.'));
    assert.ok(!limits('The weights have been aligned with the base release.'));
  });

  it('a gain in a named metric ("+3.1% token-level F1-Score over …") and a bold share before its metric ("**80.9%** Win-rate") are test findings', () => {
    assert.ok(results('The best compact router (+2.4% macro F1-Score over the rules engine on our letters).'));
    assert.ok(results('- **91.2%** Accuracy on held-out letters'));
  });

  it('a use the reader agrees to forgo, or one the makers advise against, is ruled out (4.5)', () => {
    assert.ok(restricted('By using this router, you agree not to use it for purposes that deny claims unlawfully.'));
    assert.ok(restricted('We do not advise you to use the base router for live claims. Instead, fine-tune it.'));
    assert.ok(restricted('**We do not recommend using base routers for appeals.**'));
    assert.ok(!restricted('We do not recommend a learning rate above 1e-4.'));
  });

  it('a well-known public source named after the training is its training data; a link anchor that says "pre-trained" is not', () => {
    assert.ok(trained('Trained on ImageNet-1k in `timm` using the recipe below.'));
    assert.ok(trained('- trained on both C4 and a news corpus of our own (weighted by size).'));
    assert.ok(trained('**It has been pre-trained on 255M query-article pairs from PubMed search logs**.'));
    assert.ok(!trained('The commands below reproduce the [probe results](#pre-trained-heads) on ImageNet.'));
  });

  it('a limit on its input is a failure mode: text truncated past a length, only the first N tokens read, only short inputs accepted', () => {
    assert.ok(limits('By default, letters longer than 512 word pieces are truncated.'));
    assert.ok(limits('The encoder has a restriction, so only the first 4096 tokens will be taken into account.'));
    assert.ok(limits('Currently only scans shorter than 40 seconds of audio... only recordings shorter than 40 seconds are accepted.'));
    assert.ok(!limits('Each letter is read in full, however long.'));
  });

  it('batch BQ\'s classes (measured at first sight at 354f7bf): training said in the present or around a parenthesis, a dataset built by a pipeline, unfit uses and quality lost, research not production, and the same in Chinese and Thai', () => {
    assert.ok(trained('The router pre-trains a **small text encoder** on large-scale scanned claim texts (two insurers) first.'));
    assert.ok(!trained('The script trains the model on your own letters.'));
    assert.ok(trained('It is a scorer trained **one head per desk** (eight heads) on the ClaimSet Letters benchmark.'));
    assert.ok(!trained('It is a scorer trained one head per desk and evaluated later.'));
    assert.ok(trained('The original dataset was built via this pipeline: scans, OCR, then a desk label.'));
    assert.ok(!trained('The test dataset was built from held-out letters of 2025.'));
    assert.ok(limits('These weights are still not suitable for live routing; they check the workflow.'));
    assert.ok(limits('The 4-bit file costs about 3 points on our letters.'));
    assert.ok(limits('Past eight desks the ablation shows quality degrading quickly.'));
    assert.ok(!limits('The 8-bit file shows no performance drop on our letters.'));
    assert.ok(restricted('This repository is for research and teaching, not production routing.'));
    assert.ok(!restricted('It is built for research and for desks alike.'));
    // Chinese: "the corpus holds 9,000 letters", "the miss rate on scans is as high as 30 %", "should
    // not serve as the sole basis of a payout decision", "false-alarm rate | 2.1 %".
    assert.ok(!zh('\u521d\u59cb\u8bed\u6599\u5305\u542b9,000\u5c01\u7406\u8d54\u4fe1\u4ef6\u3002').includes('8.1.1:training'));
    assert.ok(zh('\u6d4b\u8bd5\u8bed\u6599\u5305\u542b900\u5c01\u4fe1\u4ef6\u3002').includes('8.1.1:training'));
    assert.ok(!zh('\u626b\u63cf\u4ef6\u7684\u6f0f\u68c0\u7387\u9ad8\u8fbe30%\u3002').includes('8.1.1:failure'));
    assert.ok(!zh('\u672c\u6a21\u578b\u4e0d\u5e94\u4f5c\u4e3a\u8d54\u4ed8\u51b3\u5b9a\u7684\u552f\u4e00\u4f9d\u636e\u3002').includes('4.5'));
    assert.ok(!zh('| \u6307\u6807 | \u7ed3\u679c |\n|---|---|\n| \u8bef\u62a5\u7387 | 2.1% |').includes('9.3'));
    // Thai: "should not be used to decide a payout".
    assert.ok(restricted('\u0e44\u0e21\u0e48\u0e04\u0e27\u0e23\u0e43\u0e0a\u0e49\u0e15\u0e31\u0e14\u0e2a\u0e34\u0e19\u0e01\u0e32\u0e23\u0e08\u0e48\u0e32\u0e22\u0e40\u0e07\u0e34\u0e19'));
  });

  it('what it is set against what it is not ("a research prototype, not a production model") gives its use and a use ruled out, also wrapped inside a quote block', () => {
    const card = `${PLAIN}> **Note.** This router is an experimental research prototype, not a\n> production model. Claims below come from our logs.\n`;
    assert.ok(!gaps(analyse(card)).includes('8.1.1:scope'));
    assert.ok(!gaps(analyse(card)).includes('4.5'));
    assert.ok(gaps(analyse(`${PLAIN}> **Note.** This router is an experimental research prototype.\n> Production teams use it daily.\n`)).includes('4.5'));
  });

  it('a named benchmark, and public datasets cards name by short name alone (Ego4D, TCGA, CICIDS2017, MVTec AD), are public training data: 8.2 asks where and when', () => {
    assert.deepEqual(data('One scorer per desk, fitted on the ClaimSet Letters benchmark.'), ['8.2', '8.2.1']);
    assert.deepEqual(data('Pre-trained on egocentric video (Ego4D), then on our letters.'), ['8.2', '8.2.1']);
    assert.deepEqual(data('Fitted on TCGA-BRCA expression profiles.'), ['8.2', '8.2.1']);
    assert.deepEqual(data('Fitted on our private letters benchmark of 2024.'), []);
  });

  it('a "Training source" label names the training data (batch BR)', () => {
    assert.ok(trained('- **Training source:** letters of the 2024 claims, scanned by the two desks.'));
    assert.ok(!trained('- **Training source code:** see the scripts folder.'));
  });

  it('batch BO\'s classes (measured at first sight at ea2952f): a stage trained on counted items from a named source, a professional who reviews outputs, a metrics row whose figures are elsewhere', () => {
    assert.ok(trained('1. **Stage 1**: Initial training on 40,000 claim documents from the Regional Claims corpus.'));
    assert.ok(!trained('It reached its accuracy after training on 600 claim letters.'));
    assert.ok(guard('- Deploy it only where a handler reviews outputs.') || guard('- Deploy it only where an analyst reviews outputs.'));
    assert.ok(!guard('- Our analysts reviewed the letters in 2024.'));
    assert.ok(!results('## Evaluation Metrics\n\n| Metric | Value |\n|---|---|\n| F1 | _see MLflow run_ |'));
    assert.ok(results('## Evaluation Metrics\n\n| Metric | Value |\n|---|---|\n| F1 | 0.87 |'));
  });

  it('batch BN\'s classes (measured at first sight at f9ae0d2): a training library or method is no data, a version is no dataset, the data by what it is made of, a figure of the data is no result, review by a named professional, abstention below a confidence, a remaking cadence', () => {
    assert.ok(!trained('This model was trained with SFT.\n\nIt has been trained using [TRL](https://github.com/huggingface/trl).'));
    assert.ok(trained('It was trained with SFT on the Regional Claims corpus.'));
    assert.ok(!trained('### Framework versions\n\n- PEFT 0.19.1\n- Datasets: 4.3.0\n- Tokenizers: 0.22.2'));
    assert.ok(trained('- **What data is available**: The dataset consists of claim letters from two insurers, already labelled.'));
    assert.ok(!trained('The test dataset contains 500 claim letters.'));
    assert.ok(!results('- **Evaluation Data**\n  - The distribution of the labels is the following:\n\n  ![Alt text](image.png)'));
    assert.ok(results('## Evaluation\n\n![Accuracy per desk](chart.png)'));
    assert.ok(guard('Always review the generated report by a human handler in any setting beyond research.'));
    assert.ok(guard('If confidence < 0.4, the system asks the handler to route the letter.'));
    assert.ok(shows('8.1.1:review', '- **Evolution needs**: our model can be evolved every two years.'));
  });

  it('batches BP and BS\'s classes (measured at first sight at 535c805): a research-only note in parentheses, a deployment ruled out, rules around the model, a method is no data, measured in Chinese, titles written without heading marks', () => {
    assert.ok(restricted('* [Router-7B-instruct](https://example.org/r) (*Research purposes only*)'));
    assert.ok(scope('* [Router-7B-instruct](https://example.org/r) (*Research purposes only*)'));
    assert.ok(restricted('Do not deploy the model alone at a fixed 0.5 threshold as a standalone guard.'));
    assert.ok(!restricted('Deploy the model with the default threshold.'));
    assert.ok(guard('- **Pair it with the rules.** The deterministic rules in `rules.py` cover the clear cases.'));
    assert.ok(!trained('A DiT with full attention is trained using Flow Matching to denoise latents.'));
    assert.ok(!zh('\u5b9e\u6d4b\uff1a\u4e00\u53f0\u7b14\u8bb0\u672c \u2014 \u5355\u6b21\u5224\u65ad ~3s').includes('9.3'));
    const plain = `${INTRO}Data\n- Source: \`letters.csv\` (repository root).\n- Size: 2,000 letters from two desks.\n\nLimitations\n- Trained on a sample; not calibrated.\n`;
    assert.ok(!gaps(analyse(plain)).includes('8.1.1:training'));
    assert.ok(!gaps(analyse(plain)).includes('8.1.1:failure'));
    // A title only counts over a list, after a blank line.
    assert.ok(gaps(analyse(`${INTRO}The desks meet weekly.\nLimitations\nare discussed there.\n`)).includes('8.1.1:failure'));
  });

  it('batch BT\'s classes (measured at first sight at 77389e3): a professional or clinical tool it is not, a crisis routed to people', () => {
    assert.ok(restricted('\u26a0\ufe0f **ClaimPal is NOT a lawyer or diagnostic tool.**'));
    assert.ok(!restricted('ClaimPal is not a large model.'));
    assert.ok(guard('- Immediate crisis escalation to the claims helpline'));
    assert.ok(guard('- Distress detected \u2192 escalation to human handlers'));
    assert.ok(!guard('- Escalation of fees is covered in the policy.'));
  });

  it('batch BV\'s class (measured at first sight at ba9c3a4, a false 10.2.1 error): a narrow input it works best on, and what it was not trained or tested on, are failure modes', () => {
    assert.ok(limits('It works best when letters are at least 50 words long.'));
    assert.ok(limits('The router has not been trained or tested on handwritten forms.'));
    assert.ok(!limits('It works best with the default settings.'));
    assert.equal(sev(`# Router\n\nSorts claim letters.\n\nIt works best when letters are at least 50 words long.\n`), 'warning');
  });

  it('batch BW\'s classes (measured at first sight at 4c3fe67): a label that says the item is not there, a churn model\'s customer retention, and Tiny Shakespeare or NHANES as public data', () => {
    // "No safety filtering." is no guardrail; "No PII retention" still says how long data is kept.
    assert.ok(!guard('- **No safety filtering.** Output is raw samples from the model.'));
    assert.ok(!guard('**No content filter.** The model answers every prompt.'));
    assert.ok(guard('- **Safety filtering.** Outputs pass a toxicity classifier before they are shown.'));
    // The one false positive left on BW: a gate on inputs outside the domain.
    assert.ok(guard('A deployment must detect domain changes and request calibration rather than silently extrapolate.'));
    assert.ok(guard('Inputs flagged out of distribution are rejected.'));
    assert.ok(!guard('We monitor data drift monthly.'));
    assert.ok(kept('- **No PII retention**: emails are scored in memory and never stored.'));
    assert.ok(kept('## Retention and deletion\n\nPrompts are deleted after 30 days.'));
    for (const line of ['The model should be used for:\n\n* Customer retention planning\n* Churn-risk monitoring', '# Threshold selection\n\n* Retention cost\n* Missed churn risk', 'Human review is recommended for:\n\n* Strategic retention decisions\n\nThe model assists decision-makers.']) {
      assert.ok(!kept(line), line);
    }
    for (const body of ['Tiny Shakespeare: 1,115,394 characters of plays, split 90/10.', 'NHANES (National Health and Nutrition Examination Survey), 2015-2016 and 2017-2020 cycles.']) {
      assert.deepEqual(data(body), ['8.2', '8.2.1'], body);
    }
  });

  it('batch BX\'s classes (measured at first sight at 6a28bf5, three false errors on one card): a card written inside a ```markdown block is read as the card, access kept in hand is a guardrail, an HTML table\'s metric cell is a result, and "Data: Kaggle …" is public data', () => {
    const fenced = '### 9b) `model-card.md` (starter)\n```markdown\n# Model Card \u2014 Claims triage\n\n**Intended use:** sorting claim letters for human handlers.  \n**Limitations:** misroutes letters in Welsh.\n';
    assert.deepEqual(gaps(analyse(fenced)).filter((g) => ['8.1.1:scope', '8.1.1:failure', '10.2.1'].includes(g)), []);
    assert.ok(!analyse(fenced).some((f) => f.severity === 'error' && f.code === '10.2.1'));
    // A code block among the card's own sections stays code.
    const example = `${INTRO}## Uses\n\nFor claim desks.\n\n## Writing a card\n\n\`\`\`markdown\n# Model card\n\n## Limitations\n\nIt misroutes Welsh letters.\n\`\`\`\n`;
    assert.ok(gaps(analyse(example)).includes('8.1.1:failure'));
    assert.ok(guard('We review all use cases before customers move into production, and can revoke access if necessary.'));
    assert.ok(guard('Use is through controlled access via the API, subject to an access approval process.'));
    assert.ok(!guard('Access the model via the API.'));
    assert.ok(results('<table><tr><th>Model</th><td align="center"> Top20 </td></tr><tr><td>ours</td><td>67.8</td></tr></table>'));
    assert.ok(!results('<table><tr><th>File</th><td align="center"> Size </td></tr></table>'));
    assert.deepEqual(data('**Data:** Kaggle Credit Card Fraud Detection (Time, V1..V28, Amount, Class).'), ['8.2', '8.2.1']);
  });

  it('batch BY\'s classes (measured at first sight at 99a4d8d): an "Out of scope:" label after a sentence in a paragraph, data fetched with a library\'s loader, RxRx3 and JUMP-CP as public data, and websites left unnamed', () => {
    assert.ok(restricted('28x28 drawings, pixel values in [0, 1] (float). Out of scope: photos, rotated or skewed inputs.'));
    assert.ok(!restricted('28x28 drawings, pixel values in [0, 1] (float). Scope: digits 1-9.'));
    assert.deepEqual(data('MNIST digits 1-9, fetched via `sklearn.datasets.fetch_openml` on 2025-03-01 from https://www.openml.org/d/554.'), []);
    assert.deepEqual(data('MNIST digits 1-9; the set downloads automatically via `sklearn.datasets.fetch_openml`.'), ['8.2.1']);
    assert.deepEqual(data('Trained to reconstruct microscopy images of RxRx3 and JUMP-CP overexpression plates.'), ['8.2', '8.2.1']);
    assert.deepEqual(data('**Input dataset:** scraped from leading real estate websites in Belgium.'), ['8.2', '8.2.1']);
  });

  it('batch BZ\'s classes (measured at first sight at ed097de): headings in the French of the 1990 reform, a plain "Purpose:" label, training and validation data under one heading, the datasets of an evaluation, the data\'s format, a file name, a slot left "to be filled in", a source marked "(public)", retraining with no period', () => {
    // "Données d'entrainement" (no circumflex) as "Données d'entraînement".
    assert.ok(trained('## Donn\u00e9es d\'entrainement\n\nDes lettres de sinistres de 2019 \u00e0 2023, anonymis\u00e9es.'));
    assert.ok(trained('Le mod\u00e8le a \u00e9t\u00e9 entrain\u00e9 sur des lettres de sinistres de 2019 \u00e0 2023.'));
    assert.ok(scope('Purpose: real-time triage of claim letters for the desk dashboard and its API.'));
    assert.ok(!scope('Purpose:'));
    assert.ok(trained('## 3. Training & Validation Data\n\n* **Baseline Data:** historical claim letters from the desks.'));
    // The Model Cards paper's "Evaluation data" over "Datasets" is the data it was tested on.
    const evaluated = `${INTRO}## Evaluation data\n\n### Datasets\n\nThe held-out letters of 2024 were used to evaluate the model.\n\n## Training data\n\nLetters picked at random from the internet.\n`;
    assert.deepEqual(gaps(analyse(evaluated)).filter((g) => g.startsWith('8.2')), ['8.2', '8.2.1']);
    assert.ok(!trained('## Evaluation\n\n### Datasets\n\nThe held-out letters of 2024.'));
    assert.ok(trained('## Evaluation\n\n### Training datasets\n\nThe letters of 2019 to 2023.'));
    // The shape the data must take says nothing of where it came from.
    assert.ok(!trained('## Training Data Format\n\nOne folder per queue, one text file per letter.'));
    assert.ok(!trained('- **Training Data**: `input_data/letters.csv`'));
    assert.ok(trained('- **Training Data**: letters received by the desks in 2023 (`input_data/letters.csv`)'));
    // A limitations slot left to fill, under a catch-all whose other line is plans.
    assert.ok(!limits('## Caveats and Recommendations\n\n- **Model Limitations**: To be filled-in..\n- **Future Work**: a scikit-learn pipeline and an API.'));
    assert.ok(limits('## Caveats and Recommendations\n\n- **Model Limitations**: misroutes letters in Welsh.\n- **Future Work**: To be filled in.'));
    assert.ok(limits('## Caveats and Recommendations\n\nTry other models than this one.'));
    assert.deepEqual(data('- Consumer Complaint Database (public)\n- 33,980 letters, 2015-2025'), ['8.2', '8.2.1']);
    const review = (line: string) => shows('8.1.1:review', line);
    assert.ok(!review('Monitor feature distributions and plan periodic retraining.'));
    assert.ok(review('Monthly retraining on the last 24 months of letters.'));
  });

  it('batch CC\'s classes (measured at first sight at 644d293): a fine-tuning dataset or the data\'s composition as a heading, figures of training alone, a metric\'s setting, results left "to be filled after" an evaluation, and a result told as a quality', () => {
    assert.ok(trained('### **Fine-Tuning Dataset:**\n- 200 letters written by the desks, with their queues.'));
    assert.ok(trained('## Training Details\n\n### Dataset Composition\n\n- 767 letters: 223 motor, 172 home, 167 travel, 205 pet.'));
    assert.ok(!results('# Final Metrics\n\n- Final Training Loss: 0.1636\n- Final Epoch: 1.0643\n- Final Gradient Norm: 0.0739'));
    assert.ok(results('# Final Metrics\n\n- Training Loss: 0.16\n- Validation Accuracy: 0.84'));
    assert.ok(results('The router scored an accuracy of 0.91 after 3 epochs.'));
    assert.ok(!results('## Metrics\n\n- **F-beta Score (beta=0.5):** a weighted harmonic mean of precision and recall.\n- mAP@0.5 and mAP@0.5:0.95 on the held-out letters.'));
    assert.ok(results('## Metrics\n\n- **F-beta Score (beta=0.5):** 0.83 on the held-out letters.'));
    assert.ok(!results('## Performance Results\n\n(To be filled after final model evaluation on a test set or cross-validation)'));
    assert.ok(results('## Performance\n\n- **Evaluation Accuracy:** Poor alignment between predicted and true queues.'));
  });

  it('batch CD\'s classes (measured at first sight at 1956b9e): headings in Vietnamese, and a section on uses to avoid that says there are none', () => {
    // "Do not use / use with care", "Limitations", "Training data" in Vietnamese.
    assert.ok(restricted('### Kh\u00f4ng d\u00f9ng / d\u00f9ng th\u1eadn tr\u1ecdng\n- Kh\u00f4ng d\u00f9ng nh\u01b0 quy\u1ebft \u0111\u1ecbnh duy nh\u1ea5t.'));
    assert.ok(limits('## H\u1ea1n ch\u1ebf\n\nM\u00f4 h\u00ecnh ch\u01b0a \u0111\u01b0\u1ee3c ki\u1ec3m tra v\u1edbi th\u01b0 vi\u1ebft tay.'));
    assert.ok(trained('## D\u1eef li\u1ec7u hu\u1ea5n luy\u1ec7n\n\nTh\u01b0 khi\u1ebfu n\u1ea1i t\u1eeb 2019 \u0111\u1ebfn 2023.'));
    assert.ok(!restricted('### Out-of-Scope Use\nThere are no out of scope uses, do what you will with them.'));
    assert.ok(!restricted('- **Out-of-scope use:** None.'));
    assert.ok(restricted('### Out-of-Scope Use\nThere are no restrictions beyond the licence, but it must not decide whether a claim is paid.'));
    assert.ok(restricted('### Out-of-Scope Use\nDeciding whether a claim is paid.'));
  });

  it('batch CE\'s classes (measured at first sight at c161200): Spanish in the past tense and "Uso no previsto", public data said so in Spanish, a model trained on its features, the data\'s licence, a safety-critical use, a review every output must pass, a mitigation told in a sentence, a maintenance schedule, and a heading for what is still to be written', () => {
    assert.ok(trained('Se entren\u00f3 sobre las cartas recibidas antes de 2025.'));
    assert.ok(restricted('## Uso no previsto\n\n- Decidir si se paga un siniestro.'));
    assert.deepEqual(gaps(analyse(`${INTRO}## Uso previsto\n\n- Demostrar un flujo reproducible con datos p\u00fablicos.\n\nSe entren\u00f3 sobre las cartas recibidas antes de 2025.\n`)).filter((g) => g.startsWith('8.2')), ['8.2', '8.2.1']);
    assert.ok(!trained('| `01_LOG-REG` | Logistic Regression trained on word-level TF-IDF features. |'));
    assert.ok(trained('A Logistic Regression trained on the letters of 2019 to 2023.'));
    assert.ok(!trained('The training dataset is attributed separately under CC BY 4.0.'));
    assert.ok(trained('The training dataset is made of the letters of 2019 to 2023.'));
    assert.ok(!guard('## Out-of-scope use\n\n- Safety-critical claim decisions'));
    assert.ok(guard('- Automated dispatch: operator review of every alert is required.'));
    assert.ok(guard('Every routing must undergo independent quality control.'));
    assert.ok(guard('The system mitigates this through explanations shown beside every queue it picks.'));
    const review = (line: string) => shows('8.1.1:review', line);
    assert.ok(review('## Maintenance\n\n- **Daily:** refresh predictions\n- **Weekly:** retrain on the latest 14 months of letters'));
    assert.ok(!review('## Maintenance\n\n- **Daily:** refresh predictions'));
    assert.ok(!trained('## Training-data documentation required before publication\n\nThe author must add the data source and the cohort.'));
  });

  it('batch CF\'s classes (measured at first sight at ce2775e): a "Data Description" section, the system a model is a stage of, and a TODO\'s note to self', () => {
    assert.ok(trained('## 5. Data Description\n\nThe router was fitted on synthetic letters generated inside the project.'));
    assert.ok(scope('A letter reader. It is the routing stage of\n[claims-desk](https://example.org/claims-desk), which sorts the morning post into queues.'));
    assert.ok(!scope('A letter reader. It is a part of the Acme-2 series of models.'));
    // The template's TODO notes say what to write, not what the model is.
    const todo = `${INTRO}## Intended use\n\n**Out-of-scope uses:** TODO \u2014 list uses this model should not be applied to.\n\n## Limitations\n\nTODO: what are the known limitations of this model?\n`;
    assert.deepEqual(gaps(analyse(todo)).filter((g) => ['4.5', '8.1.1:failure'].includes(g)), ['4.5', '8.1.1:failure']);
    assert.ok(restricted('**Out-of-scope uses:** deciding whether a claim is paid. TODO: add the appeals desk.'));
  });

  it('batch CH\'s classes (measured at first sight at 8088b6c): "Training And Excluded Data", and outputs routed to people who review them', () => {
    assert.ok(trained('## Training And Excluded Data\n\n- Letters received from 2019 to the cutoff.'));
    assert.ok(guard('| Intended decision | route high-risk letters to engineering review |'));
    assert.ok(guard('It should not be used without domain review, monitoring and clear accountability.'));
    assert.ok(!guard('Route the letters to the queue the model picks.'));
  });

  it('batch CI\'s classes (measured at first sight at ad8fe0e): findings of a test told in words, "intended for X, not real-world deployment", files deleted at once, and a card without heading marks whose sections are numbered', () => {
    assert.ok(results('## Evaluation\n\nThree letter profiles were tested. The most surprising result was that Welsh letters always ranked last.'));
    assert.ok(results('## Evaluation\n\nI tested empty preferences. I was surprised that they led to all zero scores.'));
    assert.ok(results('## Evaluation\n\n- Sarcasm: the model struggles with sarcasm ("I love flat tyres").'));
    assert.ok(!results('## Evaluation\n\nThree letter profiles will be tested with accuracy and F1.'));
    assert.ok(restricted('It is intended for classroom exploration, not real-world deployment.'));
    assert.ok(!restricted('It is intended for classroom exploration, not only for experts.'));
    assert.ok(shows('8.1.1:retention', 'Temporary files are deleted immediately afterward.'));
    const plain = 'Model Card \u2013 Letter router\n1. Model Overview\n\nThis system sorts claim letters for the desks.\n\n3. Training Details\n3.1 Datasets Used\n\nThis prototype uses synthetic letters for pipeline testing.\n\n6. Limitations of the Model\n\nIt misroutes letters in Welsh.\n';
    assert.deepEqual(gaps(analyse(plain)).filter((g) => ['8.1.1:training', '8.1.1:failure'].includes(g)), []);
    // With heading marks, a numbered line is a list item, not a heading.
    assert.ok(!trained('## Steps\n\n1. Data Collection\n2. Model Training'));
  });

  it('batch CJ\'s class (measured at first sight at fb7ef59): speed measured on named hardware is a test finding', () => {
    assert.ok(results('## Technical Details\n\n- **Performance**: ~160 tokens/second on RTX 3090'));
    assert.ok(!results('## Technical Details\n\n- **Context Length**: 2048 tokens'));
  });

  it('batch CL\'s classes (measured at first sight at 767a626): a card of plain-text titles, an "Avoid for:" label, and an average reward told as a result', () => {
    const plain = 'Model Details\n\nA router for claim letters.\n\nIntended Use\nThis model should be used to sort claim letters for the desks.\n\nCaveats and Recommendations\n\nThe letters were sampled from one region, so the router is subject to bias.\n';
    assert.ok(!gaps(analyse(plain)).includes('8.1.1:failure'));
    assert.ok(restricted('**Avoid for:**\n- Letters in languages other than English, which it was never shown'));
    assert.ok(results('An agent that lands with an average reward score of 200+ points.'));
    // With heading marks a title-case line alone is a line of prose, not a heading.
    assert.ok(gaps(analyse(`${INTRO}## Uses\n\nFor claim desks.\n\nCaveats and Recommendations\n\nSee the paper.\n`)).includes('8.1.1:failure'));
  });

  it('batch CA\'s class (gathered by a helper, measured at first sight at c508bd5): an "Update frequency" section is a review frequency', () => {
    const review = (line: string) => shows('8.1.1:review', line);
    assert.ok(review('## Update frequency\n\nThe router is re-evaluated on fresh letters every quarter.'));
    assert.ok(!review('## Update frequency\n\n[More Information Needed]'));
    // A label with nothing after it owns the list of labels under it when they hold values.
    assert.ok(review('**Update Frequency:**\n- **Minor Updates:** Quarterly (fixes)\n- **Major Updates:** Annually'));
    assert.ok(!review('**Update Frequency:**\n- **Minor Updates:**\n- **Major Updates:**'));
  });

  it('batch CB\'s classes (gathered by a helper, measured at first sight at 5425f32): an optimiser is no training data, nor a training section of code only or of "Unnamed Dataset" blocks; "every time" is no review frequency', () => {
    assert.ok(!trained('Our router trained with Muon reaches the loss of AdamW in half the steps.'));
    assert.ok(trained('The router was trained with the ClaimLetters corpus of 40,000 letters.'));
    assert.ok(!trained('## Example usage\n\n### Training\n\n```\npython train.py --optimizer muon --lr 1e-3\n```'));
    assert.ok(trained('## Training\n\n```\npython train.py\n```\n\nIt was trained on letters the claims desk received in 2024.'));
    // Sentence Transformers' auto-card block for a dataset given without a name: its size, columns and samples.
    const unnamed = '### Training Dataset\n\n#### Unnamed Dataset\n\n* Size: 6,420 training samples\n* Columns: <code>sentence_0</code> and <code>label</code>\n';
    assert.ok(!trained(unnamed));
    assert.ok(trained(`${unnamed}\n#### claim-letters\n\n* Dataset: letters the claims desk received in 2024, anonymised\n`));
    const review = (line: string) => shows('8.1.1:review', line);
    assert.ok(!review('Update this card every time the router is retrained or its queues change.'));
    assert.ok(review('This card is reviewed every six months.'));
  });

  it('batch CO\'s classes (measured at first sight at 080a3fd): the model a named system uses, the set it was "trained from", and a "Not approved" list of uses', () => {
    assert.ok(scope('LetterNet is the small CNN that [`claims-desk`](https://example.org/claims-desk) uses to settle letters the rules cannot sort.'));
    assert.ok(!scope('LetterNet is the small CNN that it uses to settle letters.'));
    assert.ok(trained('Trained from a labelled letter set exported by the desk itself.'));
    assert.ok(!trained('Trained from a set of rules the desk wrote.'));
    assert.ok(restricted('## Intended use\n\n### Approved Use Cases\n- Sorting letters\n\n### Explicitly Not Approved\n- Deciding whether a claim is paid'));
  });

  it('batch CN\'s classes (gathered by a helper, measured at first sight at 5d08efe): a short notice in Chinese is read, a run\'s final loss is no result, and "do not use this adapter for" rules a use out', () => {
    // Some forty Han characters: where the weights go, how to run them, where to download them.
    const notice = '# \u7406\u8d54\u5206\u6d41\u6a21\u578b\n\n\u672c\u76ee\u5f55\u7528\u4e8e\u5b58\u653e\u7406\u8d54\u5206\u6d41\u6a21\u578b\u7684\u6743\u91cd\uff0c\u4e0d\u968f\u4ed3\u5e93\u5206\u53d1\u3002\n\n## \u4f7f\u7528\n\n```\npython demo.py\n```\n\n## \u4e0b\u8f7d\n\n\u8bf7\u5728\u53d1\u5e03\u9875\u6216\u56e2\u961f\u7f51\u76d8\u586b\u5199\u4e0b\u8f7d\u94fe\u63a5\u3002\n';
    const found = analyse(notice);
    assert.ok(!found.some((f) => f.code === 'card-language'));
    assert.ok(gaps(found).includes('8.1.1:training'));
    assert.ok(!results('The router was trained with a learning rate of 2e-4, reaching a remarkably low final loss of `0.45`.'));
    assert.ok(results('On the held-out letters it reaches a loss of `0.45`.'));
    assert.ok(restricted('Do not use this adapter for live routing of claims or for decisions on payment.'));
  });

  it('batch CM\'s classes (gathered by a helper, measured at first sight at 398562a): a misuse that "can be used to" harm is no intended use, data curated by human review is no guardrail, an answer trained for "cannot tell" is one, "cannot reliably" is a failure mode, a release "to investigate" is a purpose', () => {
    const misuse = '## Out-of-Scope Use\n\nThe router may not be used\n\n- To leak personal details that can be used to harm a claimant.\n';
    assert.ok(gaps(analyse(`${PLAIN}${misuse}`)).includes('8.1.1:scope'));
    // Such a section may still say what the model is for.
    assert.ok(!gaps(analyse(`${PLAIN}## Out-of-Scope Use\n\nThe router is only intended to be used for sorting claim letters.\n`)).includes('8.1.1:scope'));
    assert.ok(!guard('The letter pairs were written by a larger model, curated and corrected by human review.'));
    assert.ok(guard('Every routing decision goes through human review before a letter is answered.'));
    assert.ok(guard('It returns a probability for every queue, including a trained "cannot tell", in one pass.'));
    assert.ok(guard('Scores between the two thresholds are "unsure" and deferred to the rules stage.'));
    assert.ok(limits('A small model cannot reliably add up the amounts in a scanned table (it scores near chance).'));
    assert.ok(!limits('The router sorts letters into eight queues.'));
    assert.ok(scope('We release LetterNet, a model to investigate how letter layout shapes routing.'));
  });

  it('batch CQ\'s classes (gathered by a helper, measured at first sight at a1e8bab): a benchmark that "can be used to" measure is no intended use, a chore for the reader no failure mode, results validated "with" experts a guardrail', () => {
    assert.ok(!scope('We also release LetterBench, a set of evaluation tasks that can be used to measure routers on claim letters.'));
    assert.ok(!scope('The letter corpus can be used to train other routers.'));
    assert.ok(scope('The router can be used to sort claim letters for the desks.'));
    assert.ok(!limits('You can turn logging off, but then it may be difficult to track the metrics.'));
    assert.ok(limits('Routing may be less accurate for handwritten letters.'));
    assert.ok(guard('Validate results with domain experts for critical applications.'));
    assert.ok(limits('The router has a lower exact-match score because it answers in whole sentences.'));
    assert.ok(!limits('The router has a lower latency than the rules engine.'));
  });

  it('batch CP\'s classes (gathered by a helper, measured at first sight at 2abdfbf): a template\'s slot in single braces is a placeholder, a vendor\'s stock ethics pointer names no bias, a refusal target is no guardrail, a class the model finds hard is a failure mode', () => {
    assert.ok(!trained('- **Data:** {TRAINING_DATA_DESCRIPTION}'));
    assert.ok(!limits('- **Risks:** {RISKS}'));
    assert.ok(trained('- **Data:** letters the claims desk received in 2024'));
    const stock = '## Ethical Considerations\n\nNVIDIA believes Trustworthy AI is a shared responsibility and we have established policies.\n\nFor more detailed information on ethical considerations for this model, please see the Model Card++ Explainability, Bias, Safety & Security, and Privacy Subcards.\n';
    assert.ok(!limits(stock));
    assert.ok(!guard('| `unlearn/rmu/` | RMU with a uniform refusal target |'));
    assert.ok(guard('The router was tuned to give a refusal when a letter asks for legal advice.'));
    assert.ok(limits('Class **partial claim** is difficult in this corpus: its letters read like full claims.'));
  });

  it('batches CT, CR and CS\'s classes (gathered by helpers, measured at first sight at 7783e03): a benchmark named in bold with figures, a training script, a comparison made, a change for the worse, benchmarks won by count, a picture of training loss, a library to use it with, a use that is "not the recommended use case", the code\'s own limits and a use label over code', () => {
    assert.ok(trained('The routers were trained with imitation learning on the **ClaimLetters 2024 Task 1** benchmark.'));
    assert.ok(!trained('This model is trained using the [run_router](https://example.org/run_router.py) script.'));
    assert.ok(!trained('The router was trained using the train_router.py script.'));
    assert.ok(scope('The router was fine-tuned to compare a small encoder against a large one on claim letters.'));
    assert.ok(limits('(After tuning the chat model, the effect actually got worse.)'));
    assert.ok(results('It leads on 23 out of 28 benchmark tasks among routers of its size.'));
    assert.ok(!results('## Training results\n\nTrained with 3 epochs\n\n<img src="./pictures/trainloss.png" width="700">'));
    assert.ok(results('## Results\n\n![Recall@5 on the letter benchmarks](./imgs/recall.png)'));
    assert.ok(!scope('Our routers are available for use with the [\uD83E\uDD17Transformers API](https://example.org).'));
    assert.ok(scope('The router is meant for use with the claims desk\'s queueing system.'));
    assert.ok(restricted('It can sort handwritten letters, but it is not the recommended use case.'));
    assert.ok(!limits('The bundle does not support TorchScript.'));
    assert.ok(limits('The router does not support letters in Welsh.'));
    assert.ok(!scope('- **Model usage:** Use the below code in Python\n  ```python\n  router = load()\n  ```'));
  });

  it('batch CW\'s classes (gathered by a helper, measured at first sight at d6231d5): a "Training" section that speaks of no data, a bias term of the network, a label after an emoji, the code as subject', () => {
    assert.ok(!trained('### Training\n\n1. Start with a small instruction-tuned model\n2. Extract static embeddings\n3. Reduce them to 1024 dimensions'));
    assert.ok(trained('### Training\n\nFine-tuned on 12,000 claim letters from 2023 for two epochs.'));
    assert.ok(!limits('- **Sink Bias**: A learnable attention sink bias keeps accuracy with a short window.'));
    assert.ok(limits('- **Bias**: Letters from rural branches are routed worse.'));
    assert.ok(restricted('\u274c **Do NOT use for:**\n- Deciding whether a claim is paid (or how much)'));
    assert.ok(!scope('Do not expect the code to be complete. Nevertheless, the code can be useful for reference.'));
  });

  it('batches CV and CU\'s classes (gathered by helpers, measured at first sight at d6231d5): a short card in Norwegian is set aside, not read as English; the serving software\'s trouble is no failure mode; an "evaluation caveat" is one', () => {
    const norwegian = '# Modellkort\n\n## Form\u00e5l\n- Samle meningsm\u00e5linger for hele landet.\n- Anslå oppslutning for partier og blokker.\n\n## Datasett\n- Tabeller over m\u00e5linger fra Wikipedia, og historiske valgresultater.\n\n## Forutsetninger og begrensninger\n- Ingen velgeroverganger modelleres i f\u00f8rste versjon.\n- Forenklet setemodell med sperre p\u00e5 4 prosent for partier.\n';
    const found = analyse(norwegian);
    assert.ok(found.some((f) => f.code === 'card-language'));
    assert.ok(!found.some((f) => f.severity === 'error' && f.code === '10.2.1'));
    assert.ok(!limits('> **Tip:** The inference service may cause some memory fragmentation; reserve more memory when starting it.'));
    assert.ok(limits('The router may cause delays when letters are scanned upside down.'));
    assert.ok(limits('## Important evaluation caveat\n\nThe test session was used to pick the checkpoint, so its scores are not unbiased.'));
  });

  it('batches DB and CZ\'s classes (gathered by helpers, measured at first sight at 852a2c1): the model named in backticks as in its title, a use left to research demonstrations, "not a medical device" on its own, the law\'s prohibitions in a disclaimer, outputs reviewed by a human, a veto layer, a re-check or a retraining by its cadence, a source given by label or fetched "via" a host', () => {
    assert.ok(shows('8.1.1:scope', '# Claim router (`crouter`)\n\n`crouter` can be used as a first sorter or as a feature extractor for other routers.', ''));
    assert.ok(!shows('8.1.1:scope', '# Claim router\n\n`crouter` can be used as a first sorter or as a feature extractor for other routers.', ''));
    assert.ok(restricted('Research demonstration only. Not a medical device.'));
    assert.ok(restricted('- Not a medical device'));
    assert.ok(!restricted('It is a medical device of class I.'));
    assert.ok(restricted('Users must follow the law, including its prohibitions against illegal activities and the generation of abusive content.'));
    assert.ok(guard('Queue rules stay authoritative. Outputs are reviewed by a human, and nothing is sent automatically.'));
    assert.ok(guard('Until then, the rules engine\'s veto is the only safety net for letters from new branches.'));
    assert.ok(!guard('Outputs are written to a CSV file by a script.'));
    const review = (line: string) => shows('8.1.1:review', line);
    assert.ok(review('The thresholds should be re-checked annually as letter styles change.'));
    assert.ok(review('The router retrains daily on the last two years of letters.'));
    assert.ok(!review('The router was retrained once, in 2024.'));
    assert.deepEqual(data('| Field | Value |\n|---|---|\n| **Source** | Claims Open Archive (via the Claims Open Data API) |\n| **Rows** | 175,000 |'), ['8.2.1']);
    assert.deepEqual(data('**Source:** LetterPairs parallel corpus via OPUS\n\nFiltered for length.'), ['8.2.1']);
  });

  it('batch DB\'s use told only in a news entry ("so it is suitable for deployment on phones") leaves the missing guidance a judgement: a warning, not an error', () => {
    const card = (entry: string) => `# Letter encoder\n\nEncoders for claim letters.\n\n## Updates\n\n**01.02.2024** - Distilled encoder added: ${entry}\n\n## Results\n\n| Task | F1 |\n|---|---|\n| Routing | 91.2 |\n`;
    assert.equal(sev(card('half the layers, so it is suitable for deployment on phones.')), 'warning');
    assert.equal(sev(card('half the layers and trained for twice as long.')), 'error');
  });

  it('batch DC\'s classes (gathered by a helper, measured at first sight at e9a5ce5): a title in Turkish over a card in English, the data "used to pre-train" it, the data of a tuning phase, a table of results under a caption that is no heading, files of the release that "must not be used", "very few hallucinations"', () => {
    const turkish = '# Hasar Talebi Y\u00f6nlendirici (Geni\u015fletilmi\u015f S\u0131n\u0131fland\u0131rma)\n\nThis is a router for claim letters that sorts them into six queues, using a conditional random field and a list of branch names.\n\n## Features\n- Six queues for the claims desks\n- Works on scanned letters after OCR\n\n## Usage\nPaste a letter and the router shows its queue.\n';
    assert.ok(!analyse(turkish).some((f) => f.code === 'card-language'));
    assert.ok(trained('The corpus used to pre-train the router consists of 2M claim letters received from 2015 to 2020.'));
    assert.ok(trained('In the instruction fine-tuning phase of the router, there are some letter-queue data from the LetterPairs and QueueBench projects.'));
    const table = '| Router | Accuracy |\n|---|---|\n| Ours | 91.2 |\n| Rules | 80.4 |';
    assert.ok(results(`\u{1F525} Comprehensive Results\n\n${table}`));
    assert.ok(results('<details>\n<summary>Click to view results on the letter benchmarks.</summary>\n\n<table>\n<tr><th>Router</th><th>Accuracy</th></tr>\n<tr><td>Ours</td><td>91.2</td></tr>\n</table>\n</details>'));
    assert.ok(!results(`Routers compared\n\n| Router | Queues |\n|---|---|\n| Ours | six |`));
    assert.ok(!restricted('`tokenizer.json` and `vocab.txt` are shipped for the Hub but **must not be used for inference**.'));
    assert.ok(restricted('The router must not be used for inference on medical letters.'));
    assert.ok(!limits('The router describes each letter in detail with **very few hallucinations**.'));
    assert.ok(limits('The router may produce hallucinations when a letter is half unreadable.'));
  });

  it('batches DA, CX and CY\'s classes (gathered by helpers, measured at first sight at c94e8b9): a use "not standalone" or set against another, development-only use, "Designed for code and tool use", a trade of fidelity, scores "likely not accurate", outputs taken as drafts, data named by what it pre-trained or by its parts, no data used yet, a bare "Use" section of install steps, a disowned claim, a template\'s blank score, training curves and a final loss, a Korean adverb', () => {
    assert.ok(restricted('Intended to be used as the first stage of a routing pipeline, not standalone.'));
    assert.ok(restricted('Designed for **claim letters and forms**, not general-purpose chat.'));
    assert.ok(restricted('For developmental purposes only and cannot be used directly for clinical procedures.'));
    assert.ok(!restricted('The embedding model might not be appropriate for every use case.'));
    assert.ok(scope('> Designed for **routing and tool use**, not chat.'));
    assert.ok(!scope('The router is designed for ease of use.'));
    assert.ok(!scope('It is not intended for direct clinical use.'));
    assert.ok(scope('It is designed as an educational and research-friendly router.'));
    assert.ok(limits('- `int8`: faster, lower fidelity'));
    assert.ok(!limits('We removed lower quality samples before training.'));
    assert.ok(limits('The test set leaked into training, so the results we show on that benchmark are likely not accurate.'));
    assert.ok(limits('These checkpoints are not optimized to provide the best possible accuracy.'));
    assert.ok(guard('Treat every decode as a draft to be corrected: the application ships an editor for that.'));
    assert.ok(trained('The graphs derive from the official COCO-pretrained detector.'));
    assert.ok(trained('- **2B tokens** mixed corpus (LetterWeb + FormText + Wikipedia)'));
    assert.ok(!trained('## Training data\n\nNone used by this project so far.\n\nDatasets are only used where their licence permits it.'));
    assert.ok(!scope('## Use\n\nTo use this model locally, you need the router CLI installed.\nThe model can be fetched using the following command:\n\n```\nrouter fetch claims\n```'));
    assert.ok(scope('## Use\n\nFor the claims desks, to sort incoming letters before a handler reads them.'));
    assert.ok(!results('## Evaluation\n\nNo benchmark results are published yet.\n\n**No claim is made that the router performs better than any other.**'));
    const blank = '---\nmodel-index:\n  - name: router\n    results:\n      - task:\n          type: text-classification\n        metrics:\n          - type: auroc\n            value: <YOUR AUROC>\n---\n';
    assert.ok(!shows('9.3', '', blank + INTRO));
    assert.ok(!results('## Training Metrics\n\n![Training](../images/training_metrics.png)'));
    assert.ok(!results('## Training Curve\n\n<img src="plots/loss_curve.png">\n\nFinal loss reached: ~3.25'));
    // (Korean: "the model uploaded to the Hub can be used right away", read as a use before: "바로" ends in "로".)
    assert.ok(ko('\uD5C8\uBE0C\uC5D0 \uC62C\uB77C\uAC04 \uBAA8\uB378\uC744 \uACE7\uBC14\uB85C \uC0AC\uC6A9\uD560 \uC218 \uC788\uC2B5\uB2C8\uB2E4.').includes('8.1.1:scope'));
    assert.ok(!ko('\uBCF4\uD5D8 \uCC3D\uAD6C\uC5D0\uC11C \uBD84\uB958 \uB3C4\uAD6C\uB85C \uC0AC\uC6A9\uD560 \uC218 \uC788\uC2B5\uB2C8\uB2E4.').includes('8.1.1:scope'));
  });

  it('batches DD and DG\'s classes (gathered by helpers, measured together at first sight at 7bb0486): "the primary use of this model", the makers\' goal or target audience, a framework designed to facilitate (no use), "Fine tuned X with a … dataset", features "we use" (no data), software that does not support it, "may potentially degrade", failure tags, a table headed by a metric', () => {
    assert.ok(scope('We use scanned letters since they arrive sooner, and speed matters for the claims desk (which is the primary use of this model).'));
    assert.ok(scope('Our objective with the router is to construct a triage assistant for claims desks.'));
    assert.ok(scope('Our goal is to empower claims handlers and auditors to sort letters faster.'));
    assert.ok(scope('The target audience for the router may be insurers with confidential letters.'));
    assert.ok(!scope('In this work, we propose a reinforcement learning framework designed to facilitate the transition to long letters.'));
    assert.ok(!scope('The purpose of the voice activity detector is to split long recordings.'));
    assert.ok(trained('Fine tuned *Letter-8B-Instruct* model with a claims question-answer dataset.'));
    assert.ok(!trained('In V2, we use [intermediate features](https://example.org/issue) of the encoder for decoding.'));
    assert.ok(!limits('Older vllm version(<0.9.0) do not support the router, and you may need a new env in case your hardward do not support vllm.'));
    assert.ok(limits('Enabling long-context scaling may potentially degrade model performance on short letters.'));
    assert.ok(limits('## Evaluation (honest)\n\nCommon failure tags: `SMUDGE`, `SKEW`.'));
    assert.ok(results('## Model List\n\n| Model | Avg. Score |\n|:---|:---:|\n| router-base | 55.9 |\n| router-large | 58.4 |'));
    assert.ok(!results('## Data\n\n| sentence1 | sentence2 | score |\n| --- | --- | --- |\n| a claim | a reply | 1 |'));
    assert.ok(!results('## Files\n\n| Model | Format | Precision | Size |\n|---|---|---|---|\n| router | ONNX | Int8 | 12.4MB |'));
  });

  it('batch DE\'s classes (gathered by a helper, measured at first sight at 2755ed5): fine-tuned "with" a method in a paper is no data, a project\'s trademark notice no failure mode, a Chinese "shortcomings" section a failure mode, uses marked reliable an intended use', () => {
    assert.ok(!trained('- The router is fine-tuned with [**C-RLFT**](https://arxiv.org/pdf/2309.11235.pdf) - a strategy inspired by offline reinforcement learning.'));
    assert.ok(trained('The router is fine-tuned with [ClaimLetters](https://example.org/datasets/claim-letters).'));
    assert.ok(!limits('This project may contain trademarks or logos for projects, products, or services.'));
    assert.ok(limits('The router may contain biases from the branches whose letters it saw most.'));
    assert.ok(!gaps(analyse(`# \u7406\u8d54\u5206\u6d41\u6a21\u578b\n\n${'\u672c\u6a21\u578b\u628a\u7406\u8d54\u4fe1\u4ef6\u5206\u6210\u516b\u7c7b\uff0c\u8f93\u5165\u4e3a\u4e00\u6bb5\u6587\u5b57\u3002'.repeat(4)}\n\n### \u6a21\u578b\u4e0d\u8db3\n\n* \u76ee\u524d\u53ea\u652f\u6301\u5355\u5f20\u56fe\u7247\u3002\n`)).includes('8.1.1:failure'));
    assert.ok(scope('#### Impact on Usage\n\n\u2705 **Reliable (Safe to Use):**\n- Sorting typed letters from the main branches'));
  });

  it('batch DF\'s classes (gathered by a helper, measured at first sight at 3399921): "without appropriate safety measures" is no guardrail, "not yet aligned … unpredictable" and "not positioned as a finished model" are failure modes, a model that passed tests has results, "Pre-training corpora" is a training section, Flickr30k is public data', () => {
    assert.ok(!guard('## Out-of-Scope\n\n- High-risk domains without appropriate safety measures.'));
    assert.ok(guard('The router ships with safety measures that hold back letters naming minors.'));
    assert.ok(limits('Note that this router has not yet been aligned, so it will behave fairly unpredictable.'));
    assert.ok(limits('It is not positioned as a finished routing model; more training is the next step.'));
    assert.ok(results('## Training and evaluation\n\nThe router was trained on 2024 letters. The Phase 3 architecture\npassed held-out letter tests: real letters beat shuffled controls.'));
    assert.ok(trained('## Pre-training corpora\n\n* The Greek part of [Wikipedia](https://el.wikipedia.org/)'));
    assert.deepEqual(data('The visual bridge was trained on Flickr30k captions.'), ['8.2', '8.2.1']);
  });

  it('batches DH and DI\'s classes (gathered by helpers, measured together at first sight at fe700b7): data "used in this project comes from", data a test used is no training data, a title in a paper\'s shape is no section, a metric\'s table still to fill shows no results, serving as a module in a named system is a use', () => {
    assert.ok(trained('The pre-training data used in this project comes from the claims desks of three branches.'));
    assert.ok(!trained('We also made a speed comparison based on CIFAR100 dataset using one GPU for evaluation.'));
    assert.ok(trained('The router is a letter classifier based on the ClaimLetters dataset.'));
    assert.ok(!trained('We use [LetterNLI](https://example.org/letter-nli) data for testing the inference task.'));
    assert.ok(trained('We use [ClaimLetters](https://example.org/claim-letters) to fine-tune the router.'));
    const titled = (title: string) => `# ${title}\n\nA classifier that sorts insurance claims into queues for human handlers.\n\n`;
    assert.ok(!shows('8.1.1:training', '## Usage\n\nCall the router on a letter.', titled('ClaimBERT: Letter Pretraining Enhanced by Form and Stamp Information')));
    assert.ok(shows('8.1.1:training', '', titled('Pretraining data')));
    assert.ok(!results('## Evaluation\n\n| Model | WER | CER |\n| --- | --- | --- |\n| **router** | XX.XX% | XX.XX% |\n| username/model_name | XX.XX% | XX.XX% |'));
    assert.ok(results('## Scores\n\n| Model | WER | CER |\n| --- | --- | --- |\n| **router** | 11.2% | 4.1% |'));
    assert.ok(scope('The small variant is designed to balance accuracy and cost, and to serve as an effective letter-reading module in claims triage systems.'));
    assert.ok(!scope('The encoder acts as a feature extractor.'));
  });

  it('batch DL\'s classes (gathered by a helper, measured at first sight at 8707d58): a metric named as one beside a percentage, a metric\'s word in a cell of prose, an HTML table headed by a metric, "solely for research", the reader\'s own "intended use", weaker inputs and known confusions under a heading of use and limits', () => {
    assert.ok(results('## Composite model specification\n\n| Metric | Value |\n|---|---|\n| letters test set, exact-match metric | 81.5% |'));
    assert.ok(!results('## Quantizations\n\n| Quantization | Use Case | VRAM |\n| --- | --- | --- |\n| `Q8_0` | Server-side accuracy; near-FP16 fidelity for evaluation, distillation, or audits. | ~9 GB at 32k ctx |'));
    assert.ok(results('## Training\n\n| Stage | Notes |\n|---|---|\n| Stage 1 | 10 epochs, batch size 12, about nine hours on one GPU. Final val_loss \u2248 0.23 |'));
    assert.ok(results('We measured how often the router repeats stereotypes about branches, with five to ten prompts per set, and report accuracy on each set and model in the table below, with both the mean and the median.\n\n<table>\n  <tr>\n    <td>Dataset</td>\n    <td>Model</td>\n    <td>Average (Acc.)</td>\n  </tr>\n  <tr>\n    <td>Pairs</td><td>router</td><td>59.2</td>\n  </tr>\n</table>'));
    assert.ok(!results('We list the letters below.\n\n<table>\n  <tr>\n    <td>Letter</td>\n    <td>Branch</td>\n  </tr>\n  <tr>\n    <td>A-17</td><td>North 2</td>\n  </tr>\n</table>'));
    assert.ok(restricted('> We recommend using this variant solely for research or non-production purposes.'));
    assert.ok(!scope('Each user is responsible for checking the licences of the letters and determining if suitable for the intended use.'));
    assert.ok(limits('## Intended use & limits\n\n- **Intended:** typed letters from the main branches.\n- **Known confusions:** stamps read as signatures; the form number is imperfect on faint scans.'));
  });

  it('batch DJ\'s classes (gathered by a helper, measured at first sight at 71bf6bb): a call for bad cases, a platform a library does not support and "useful for debugging" say nothing of the model; "Access the Application" is no section on uses; an RL environment is an agent\'s training data; tweets and internet-scale data are public; data ruled out is no sign the rest is private', () => {
    assert.ok(!limits('**Call for Bad Cases:** If you have encountered any cases where the model performs poorly, please share them in an issue.'));
    assert.ok(limits('The model performs poorly on handwritten letters.'));
    assert.ok(!limits('The router relies on [`decord`](https://example.org/decord), which does not support macOS.'));
    assert.ok(!scope('These commands run the evaluation (running locally is useful for debugging and validation).'));
    assert.ok(!scope('## Quick start\n\n3. **Access the Application**\n   - Open your browser at the local address.'));
    assert.ok(trained('This adapter is fine-tuned to solve the LetterEnv v2 multi-queue RL environment on real claim letters.'));
    assert.ok(!trained('Structures were relaxed with the finetuned MACE model and Atomic Simulation Environment.'));
    assert.deepEqual(data('The router was pre-trained on the QADI dialects tweets dataset, 40GB of text.'), ['8.2', '8.2.1']);
    assert.deepEqual(data('The router is trained from the merged USDA/FNDDS-derived catalog.\n\nNo patient records, private health data or user feedback are used for training.'), ['8.2', '8.2.1']);
    assert.ok(gaps(analyse(`${INTRO}## About\n\nA self-supervised approach to training letter encoders, using internet-scale scan data.\n\n## Training data\n\nThe encoder is trained on scans.\n`)).includes('8.2'));
  });

  it('batch DK\'s classes (gathered by a helper, measured at first sight at fe62309): a section headed "Data" on the sets it was evaluated on is no training data, a language the model is confined to is a limit, a domain it was specifically trained for is its setting', () => {
    assert.ok(!trained('## Data\n\nYou can download the preprocessed datasets on which we evaluated the router from [here](https://example.org/data.zip). This includes:\n- [LetterQA](https://example.org/letterqa) question answering sets'));
    assert.ok(trained('## Data\n\nThe router was trained on 40,000 letters from three branches, and evaluated on 2,000 more.'));
    assert.ok(limits('**1. Does the router read other languages?**\n\nNo, the model is only trained on English, and the output is only in English.'));
    assert.ok(scope('The router has been specifically trained for the insurance domain, so it reads claims better than general models.'));
  });

  it('a plain label may open with a count ("- 5 datasets: …" names the data), and a file of code is no source of data whatever its path says ("…/data_processing/merge.py")', () => {
    assert.ok(trained('v1:\n- 5 datasets: claim_letters_ru, letters_cleaned, branch_mail'));
    assert.ok(!trained('v1:\n- 5 epochs: two warm-up, three at full rate'));
    const fm = '---\ndatasets:\n- acme/claim_letters_ru\n---\n';
    const gapsOf = (body: string) => gaps(analyse(`${fm}${INTRO}${body}\n`)).filter((g) => g.startsWith('8.2'));
    assert.deepEqual(gapsOf('- 2 datasets: claim_letters_ru, branch_mail\n- Merging script: [merge.py](https://github.com/acme/router/blob/main/src/data_processing/merge.py)'), ['8.2', '8.2.1']);
  });

  it('batch DN\'s classes (gathered by a helper, measured at first sight at 5c14d5d): "verify … before using them" told to the reader is a guardrail, "not production-grade for" rules a use out (not "without data fit"), a data check\'s "Schema Validation | PASS" is no guardrail, a Chinese "shortcoming" or "fatal error" is a failure mode, Alpaca-cleaned is public data', () => {
    assert.ok(guard('Always verify routings independently before using them for payouts or real-world decisions.'));
    assert.ok(guard('Always verify answers independently before using them for payouts.'));
    assert.ok(restricted('Trained on 2K letters in one run. Not production-grade for payouts or critical decisions.'));
    assert.ok(!restricted('- **Limitations**: toy baseline; not production grade without data fit.'));
    assert.ok(!guard('## Data Quality First\n\n| Check | Status | Details |\n|---|---|---|\n| Schema Validation | PASS | 12 cols |'));
    assert.ok(guard('Every routing passes output schema validation before it reaches a queue.'));
    assert.ok(!zh('\u7136\u800c\u6211\u4eec\u53d1\u73b0\u4e86\u81f4\u547d\u7684\u9519\u8bef\u3002\u60f3\u8981\u6539\u8fdb\u8fd9\u4e00\u7f3a\u70b9\uff0c\u9700\u8981\u66f4\u591a\u6570\u636e\u3002').includes('8.1.1:failure'));
    assert.deepEqual(data('The adapter is trained on the Alpaca-cleaned instruction dataset plus grounded reasoning examples.'), ['8.2', '8.2.1']);
  });

  it('batch DO\'s classes (gathered by a helper, measured at first sight at 7d0f6d8): a person who can override the model, and a section of mitigation strategies, are guardrails; "no PII stored" says how long it is kept (not at all); a Korean release "to be of help" to research states its use', () => {
    assert.ok(guard('### Mitigation Strategies\n\n1. **Human Override**: Claims handlers can override model decisions\n2. **Appeals Process**: A rejected claimant can ask for a review'));
    assert.ok(guard('Handlers can override the model\'s decisions at any time.'));
    assert.ok(!guard('Handlers can override the default settings in the config file.'));
    assert.ok(shows('8.1.1:retention', '- **Privacy**: No PII stored; letters are read in memory only.'));
    assert.ok(!shows('8.1.1:retention', '- **Privacy**: The letters hold PII; store them encrypted.'));
    assert.ok(!ko('\uBCF4\uD5D8 \uC5F0\uAD6C\uB97C \uC2DC\uC791\uD558\uC2DC\uB294\uB370 \uB3C4\uC6C0\uC774 \uB418\uACE0\uC790 \uBAA8\uB378\uC744 \uACF5\uAC1C\uD569\uB2C8\uB2E4.').includes('8.1.1:scope'));
  });

  it('batch DM\'s classes (gathered by a helper, measured at first sight at 49f574f): a project that is purely an academic exploration, and a pretrained model to use for downstream tasks, state their use', () => {
    assert.ok(scope('Disclaimer: this project is purely an academic exploration rather than a product.'));
    assert.ok(scope('You can use the pretrained router model for downstream tasks such as fraud triage.'));
    assert.ok(!scope('The router is an academic project of the claims team.'));
    // A heading that is all a use, in five words or more (a contents list's "- Intended use" is not).
    assert.ok(scope('## Use Pretrained Model For Downstream Tasks\n\nYou can take the pretrained router into your own pipeline.'));
    assert.ok(!scope('## Contents\n\n- Intended use\n- Limitations'));
  });

  it('batch DQ\'s classes (gathered by a helper, measured at first sight at 1169e65): "an 844-hour dataset", a Chinese "the data is … corpus", a release made to further research or for users to fine-tune, and not a toolkit that benefits the community or the authors\' own "we only use X for"', () => {
    assert.ok(trained('The router\'s robustness comes from fine-tuning [LetterNet](https://example.org/letternet) on an 844-hour dataset of dictated claims.'));
    assert.ok(!zh('\u8bad\u7ec3\u4e86100\u4e07\u6b65\uff0c\u6570\u636e\u662f30\u591aG\u7684\u7cbe\u5904\u7406\u901a\u7528\u8bed\u6599\u3002').includes('8.1.1:training'));
    assert.ok(scope('For further accelerating the research of letter routing, the claims lab has released these models.'));
    assert.ok(scope('Users may utilize the router for fine-tuning their own tasks.'));
    assert.ok(!scope('We hope this toolkit can benefit open-source community by providing more accurate scores.'));
    assert.ok(!restricted('After the pre-training stage, we only use Discriminator for fine-tuning the downstream tasks.'));
    assert.ok(restricted('Only use Router for typed letters.'));
  });

  it('batch DP\'s classes (gathered by a helper, measured at first sight at 429e689): "the basic purpose of this model", usage "limited to non-commercial purposes", and safety tuning advised to whoever deploys it', () => {
    assert.ok(scope('The basic purpose of this model is to help claims desks sort letters at scale.'));
    assert.ok(restricted('We ask that usage of the model be limited to non-commercial purposes until the licence talks end.'));
    assert.ok(!restricted('Memory usage is limited to two gigabytes.'));
    assert.ok(guard('To limit such behavior, it is advised to fine-tune the router through instruction and/or preference tuning (DPO, RLHF, etc.).'));
    assert.ok(!guard('It is advised to fine-tune the router on your own letters first.'));
  });

  it('batch DV\'s classes (gathered by a helper, measured at first sight at 1731d54): no promise that unwanted content was filtered out, what it misses, offensive words filtered from the data, a Chinese "research use only", training "in total" and in brackets, what it can be helpful in, margins over others in figures, a metric and its score in the front matter; and not a task it was trained to do, data released for others to train with, a setting named "score lower limit", another environment, a label over training metrics, a metric\'s column graded in words, or a date under "News"', () => {
    assert.ok(limits('Although the letters were cleaned, there is no guarantee that all inappropriate content has been removed.'));
    assert.ok(limits('For handwritten letters it will miss the details outside the scanned area.'));
    assert.ok(!zh('\u6211\u4eec\u5e76\u4e0d\u4fdd\u8bc1\u8def\u7531\u7ed3\u679c\u5b8c\u5168\u6b63\u786e\u3002').includes('8.1.1:failure'));
    assert.ok(!limits('Enter the score lower limit to drop letters the router is unsure of.'));
    assert.ok(!limits('Rerunning the benchmark in other environments may cause the last digit to differ.'));
    assert.ok(guard('Noise such as offensive words, odd symbols, emojis, broken sentences and incoherent letter threads are filtered.'));
    assert.ok(!zh('\u672c\u6a21\u578b\u548c\u914d\u5957\u7684\u6570\u636e\u96c6\u4ec5\u9650\u79d1\u7814\u7528\u9014\u3002').includes('4.5'));
    assert.ok(trained('The router, which is trained on in total 40k pairs of labelled letters, sorts claims.'));
    assert.ok(trained('The [router](https://example.org/router) (trained on the 2023 letters dataset) is public.'));
    assert.ok(scope('This can be helpful in sorting claim letters or flagging duplicates.'));
    assert.ok(!scope('The router is a classifier trained to reconstruct masked letter fields.'));
    assert.ok(scope('These weights are automatically downloaded by the claims-desk desktop application.'));
    assert.ok(!scope('These weights are automatically downloaded by the setup script.'));
    assert.ok(!scope('We are preparing to release a compact version of the letters to facilitate easy training.'));
    assert.ok(results('It outperforms keyword rules on held-out letters (by 38.6%).'));
    assert.ok(results('The tuned router wins against the untuned one by 58.4% in a human evaluation.'));
    assert.ok(!results('## Model comparison\n\n| Router | Layers | Accuracy | Speed |\n|---|---|---|---|\n| Large | 32 | Best | Slower |\n| Small | 4 | Good | Fast |'));
    assert.ok(results('## Model comparison\n\n| Router | Layers | Accuracy | Speed |\n|---|---|---|---|\n| Large | 32 | 91.2 | Slower |\n| Small | 4 | 88.0 | Fast |'));
    assert.ok(!results('**Training metrics**:\n- Train samples per second: 1.393\n- Peak GPU memory: 7.8 GB'));
    const withMetrics = (list: string) => !gaps(analyse(`---\nlicense: mit\nmetrics:\n${list}\n---\n${INTRO}`)).includes('9.3');
    assert.ok(withMetrics('- accuracy 97.9%'));
    assert.ok(!withMetrics('- accuracy\n- f1'));
    const dated = (news: string) => gaps(analyse(`${INTRO}## News\n\n${news}\n\n## Training data\n\nFitted on letters from the [Acme letter collection](https://letters.example.com/collection).\n`)).filter((g) => g.startsWith('8.2'));
    assert.deepEqual(dated('- 2022-06-09: the letters dataset can now be loaded with the datasets library.'), ['8.2.1']);
  });

  it('batch DT\'s classes (gathered by a helper, measured at first sight at bc1bd5f): the needs a model caters to state its use; a codebase untested on an operating system is no failure of the model', () => {
    assert.ok(scope('A compact router, catering to the specific needs of offline claim desks.'));
    assert.ok(!limits('This codebase is supported on Ubuntu and has not been tested on Windows or macOS.'));
    assert.ok(limits('The router has not been tested on handwritten letters.'));
  });

  it('batch DS\'s classes (gathered by a helper, measured at first sight at bcb7129): a stage and the kind of data it used inside a sentence, what a model is made to work as and for whom, Chinese research a release furthers, "for reference purposes only", "cannot replace professional lawyers", flaws a model comes with, stability problems an input causes, the years of the data in Chinese; and not "failing safety checks"', () => {
    assert.ok(trained('Our method combines incremental pre-training on Welsh letter texts and supervised fine-tuning (SFT) using claim desk instructions.'));
    assert.ok(!trained('Start with supervised fine-tuning using your own letter texts.'));
    assert.ok(scope('The router is designed and trained to function as a triage assistant for claim desks.'));
    assert.ok(scope('A router tailored for Welsh speakers on claim desks.'));
    assert.ok(!zh('\u6211\u4eec\u5e0c\u671b\u8fdb\u4e00\u6b65\u4fc3\u8fdb\u7406\u8d54\u9886\u57df\u5bf9\u5206\u6d41\u6a21\u578b\u7684\u7814\u7a76\u3002').includes('8.1.1:scope'));
    assert.ok(restricted('The router should be used for reference purposes only.'));
    assert.ok(restricted('Its answers cannot replace professional claim assessors.'));
    assert.ok(limits('The router comes with issues and limitations that current classifiers have yet to overcome.'));
    assert.ok(limits('Too many blank pages in a scanned letter cause stability problems.'));
    assert.ok(!limits('We saw no stability problems in a week of use.'));
    assert.ok(!guard('Its pitfalls include producing harmful content or failing safety checks.'));
    const years = (when: string) => gaps(analyse(`${INTRO}## Training data\n\nFitted on letters from the [Acme letter collection](https://letters.example.com/collection), ${when}\n`)).filter((g) => g.startsWith('8.2'));
    assert.deepEqual(years('\u4ec5\u4f7f\u75282022 + 2023\u5e74\u7684\u6570\u636e\u3002'), []);
    assert.deepEqual(years('\u4ec5\u4f7f\u7528\u90e8\u5206\u6570\u636e\u3002'), ['8.2.1']);
  });

  it('batch DR\'s classes (gathered by a helper, measured at first sight at 222b965): output monitored for safety by classifiers, outputs users must critically evaluate and validate, applications a model caters to, a table cell that opens with its training; and not a bare "Dataset:" in a section of results', () => {
    assert.ok(guard('When deploying the router at scale, monitor output for safety and bias using independent classifiers.'));
    assert.ok(guard('Users must critically evaluate and independently validate all outputs before acting on them.'));
    assert.ok(scope('Its small size lets it cater to a multitude of applications with tight memory budgets.'));
    assert.ok(trained('| Model | Length | Notes |\n|---|---|---|\n| Router-Base | 8K | Pretrained on our claim-letter data. |'));
    assert.ok(!trained('## Evaluation\n\n### Metrics\n\n* Dataset: `dev_letters`\n* Evaluated with a triplet evaluator\n\n| Metric | Value |\n|---|---|\n| accuracy | 0.92 |'));
    assert.ok(trained('## Evaluation data\n\n- Dataset: the Acme claim letters, first trial\n- Accuracy: 0.79'));
  });

  it('batch DX\'s classes (gathered by a helper, measured at first sight at 7588cd9): use "```exclusively for research```" in code marks, a use its makers recommend for the model by name, a Chinese use confined to research; and not a setting or hardware recommended', () => {
    assert.ok(restricted('Checkpoints are available for download and use ```exclusively for research```.'));
    assert.ok(scope('We recommend using Router-3B for sorting claim letters by urgency.'));
    assert.ok(!scope('- **0** (default): long letters. We recommend using this for letters up to ten pages.'));
    assert.ok(!scope('We recommend using TPUs for training and inference.'));
    assert.ok(!zh('\u6211\u4eec\u8981\u6c42\u5f00\u53d1\u8005\u4ec5\u5c06\u672c\u6a21\u578b\u7528\u4e8e\u7814\u7a76\u76ee\u7684\u3002').includes('8.1.1:scope'));
  });

  it('batch DW\'s classes (gathered by a helper, measured at first sight at f7cfc97): "intended for X, not as a general-purpose Y", results that do not beat baselines or establish a capability, a table of success rates, a list item "For research on …", "custom-optimized for" a task, "13 million hours of audio"; and not a LoRA trainer tool as training data, a library version that may cause instability, "specifically optimized for" a region', () => {
    assert.ok(restricted('The router is intended for assisted triage workflows, not as a general-purpose classifier.'));
    assert.ok(limits('History conditioning does **not** clearly beat the no-history baselines.'));
    assert.ok(limits('These checkpoints do not establish state-of-the-art performance on other desks.'));
    assert.ok(results('| Checkpoint | Seed | Sorting success |\n|---|---:|---:|\n| `s21` | 21 | 70.0% |\n| `s22` | 22 | 80.0% |'));
    assert.ok(scope('- For research on Welsh claim-letter routing.'));
    assert.ok(scope('This router has been custom-optimized for sorting insurance claim letters.'));
    assert.ok(!scope('Supports 17 languages, specifically optimized for the following regions: Wales, Cornwall.'));
    assert.ok(trained('Pre-trained on over 13 million hours of diverse audio data.'));
    assert.ok(!trained('The adapter was trained with `ai-toolkit` and stores its weights in bfloat16.'));
    assert.ok(!limits('A higher version of transformers may cause training instability.'));
  });

  it('batch DU\'s classes (gathered by a helper, measured at first sight at c4d3b9f): a card in Dutch is not read as English for sharing "is" and "in" with it; an "Instruction Data" section is training data; a metric\'s target is no result; a schedule that only points elsewhere is none', () => {
    const dutch = `# Router\n\n${'Het model is getraind op brieven van verzekeraars en het werkt het beste op korte teksten in het Nederlands. Er bestaat een versie voor chat, maar die werd niet geoptimaliseerd voor dialogen van een klant. '.repeat(8)}\n`;
    const findings = analyse(dutch);
    assert.deepEqual(findings.filter((f) => f.code === 'card-language').length, 1);
    assert.ok(!findings.some((f) => f.code === '10.2.1'));
    assert.ok(trained('## Instruction Data\n\nWe build instruction data with 2M samples from 34 sources.'));
    assert.ok(!results('## Metrics\n\n- ROC AUC (target \u22650.75)\n- Precision/Recall @ threshold'));
    const reviewed = (body: string) => !gaps(analyse(`${INTRO}## Maintenance\n\n${body}\n`)).includes('8.1.1:review');
    assert.ok(!reviewed('- Retraining policy: see [docs/MODEL_MONITORING.md](MODEL_MONITORING.md)'));
  });

  it('batch DZ\'s classes (gathered by a helper, measured at first sight at b20f9e9): a heading that asks what the model is for, a Chinese "model performance" section of results, data the authors scraped themselves; and not the author\'s own rule "not allowed to finetune", nor "trained on large scale datasets" alone', () => {
    assert.ok(scope('## What can I use the router for?\n\nSorting claim letters into queues while a handler watches.'));
    assert.ok(!zh('## \u6a21\u578b\u6027\u80fd\n\n| \u6a21\u578b | C-Eval |\n|---|---|\n| \u8def\u7531 | 61.2 |').includes('9.3'));
    assert.ok(trained('Built on a year of claim letters from public registries, scraped by me with a small script.'));
    assert.ok(!restricted('3. Not allowed to finetune a model or use another LLM to generate any training data.'));
    assert.ok(!trained('As a foundation model trained on large scale datasets, the router helps claim desks.'));
  });

  it('batch DY\'s classes (gathered by a helper, measured at first sight at 1b9b14f): "the ability to use the model in" a mode is a capability, not a use', () => {
    assert.ok(!scope('One advantage is the ability to use the model in the "infinite zoom" mode.'));
    assert.ok(scope('We fine-tuned it in order to use it in a claim-triage system.'));
  });

  it('the date a training run started is no date the data was obtained (8.2.1)', () => {
    assert.deepEqual(data('The training has started on 2023-09-01. Fitted on letters from the [Acme letter collection](https://letters.example.com/collection).'), ['8.2.1']);
    assert.deepEqual(data('Fitted on letters from the [Acme letter collection](https://letters.example.com/collection), downloaded on 2023-09-01.'), []);
  });

  it('batch EA\'s classes (gathered by a helper, measured at first sight at 081448e): a "Training provenance" heading, a checkpoint "trained by behavioral cloning on" a corpus, epochs counted on a named dataset in a table\'s header, a Spanish "Mitigaciones" label; and not a metrics table still to fill whose cells hold targets, nor a threshold set for evaluation', () => {
    assert.ok(trained('## Training provenance\n\nThe router started from a checkpoint of the authors\' earlier run.'));
    assert.ok(trained('A warm-start checkpoint was trained by behavioral cloning on the public corpus [claims-2024](https://example.com/claims-2024).'));
    assert.ok(trained('| model | pre-training epochs on Claims-12M | weight |\n|---|---|---|\n| `router_base` | 150 | [link](https://example.com/w.pt) |'));
    assert.ok(!trained('| model | training steps on A100 | weight |\n|---|---|---|\n| `router_base` | 150 | [link](https://example.com/w.pt) |'));
    assert.ok(guard('### Privacidad\n\n**Mitigaciones:**\n- Recomendación: difuminar los nombres de los clientes antes del despliegue'));
    assert.ok(!results('## Metrics\n\n| Metric | Target | Actual |\n|---|---|---|\n| F1 | > 0.85 | TBD |\n| Recall | > 0.80 | TBD |\n\n- **Confidence threshold:** 0.25 (default), 0.5-0.9 (sweep)'));
    assert.ok(results('## Metrics\n\n| Metric | Target | Actual |\n|---|---|---|\n| F1 | > 0.85 | 0.87 |\n| Recall | > 0.80 | TBD |'));
  });

  it('batch EF\'s classes (gathered by a helper, measured at first sight at 58acd74): a column of training data in the table of released models, a feature\'s fragment "Trained on demonstrations across …", "fine-tuned it on 44 datasets", a dataset curated for training, gains as multiples in a task and tests won out of a count, a Chinese "baseline results" heading, users told to validate outputs before acting on them; and not the reader\'s own training data, "Trained on publicly available datasets", a bare "2x faster", nor a column of test data in a results table', () => {
    assert.ok(trained('## Models\n\nModel | #params | Pre-training data\n---|---|---\n[`acme/router-base`](https://example.com) | 88M | 2M claim letters from 12 insurers'));
    assert.ok(trained('| Name | Size | Dataset |\n|---|---|---|\n| [router-35M](https://example.com) | 35M parameters | Claims-2020 + Claims-2021 |'));
    assert.ok(!trained('| Model | Dataset | Accuracy |\n|---|---|---|\n| router | Claims-test | 91.2 |'));
    assert.ok(trained('- **Multi-insurer support**: Trained on letters across motor, home and travel claims'));
    assert.ok(!trained('- **Open**: Trained on publicly available datasets.'));
    assert.ok(trained('We fine-tuned it on 44 datasets to improve the routing.'));
    assert.ok(trained('- Curated the largest claim-letter dataset to date for training.'));
    assert.ok(!trained('## Train your own\n\n#### 1. Prepare Your Training Data\n\nEnsure that your training data is organised as below, one letter per file.'));
    assert.ok(results('The router achieves over 30x and 60x improvements in letter-to-queue and queue-to-letter retrieval.'));
    assert.ok(results('It outperforms the rule-based router in 9 of 11 claim types.'));
    assert.ok(!results('Finetune the router 2x faster with 70% less memory.'));
    assert.ok(!zh('## \u57fa\u7ebf\u7cfb\u7edf\u6548\u679c\n\n\u4ee5\u4e0b\u4ec5\u5217\u4e3e\u90e8\u5206\u5b9e\u9a8c\u7ed3\u679c\u3002\n\n![\u7ed3\u679c](./pics/results.png)').includes('9.3'));
    assert.ok(guard('### Recommendations\nUsers should validate the proposed queue assignments against the insurer\'s own rules before implementation.'));
  });

  it('batch EB\'s classes (gathered by a helper, measured at first sight at c1e9ccd): "intended for **non-commercial use ONLY**", "Our dataset sources include", a first place on a named benchmark\'s list, memory measured on named hardware; and not a related paper\'s title in a link\'s text, a heading over generated samples ("更多生成结果/More Results"), nor "Other collected datasets" as how the data was obtained', () => {
    assert.ok(restricted('The service is a research preview intended for **non-commercial use ONLY**, subject to the base model\'s licence.'));
    assert.ok(trained('Our dataset sources include:\n- Claim letters: 305,900 samples\n- Complaint emails: 24,337 samples'));
    assert.ok(results('Our 1024 version ranks 1st on the triage benchmark list from ClaimBench.'));
    assert.ok(results('GPU memory consumed on RTX 4090 as reported by a user: 18.3GB at full length.'));
    assert.ok(!limits('> [**Mitigating Object Hallucinations in Claim Routers**](https://example.com/paper) <br>'));
    assert.ok(!results('## \u66f4\u591a\u751f\u6210\u7ed3\u679c/More Results\n\n### \u82f1\u6587\u751f\u6210\u7ed3\u679c/Generated results from English prompts\n\n![image](https://example.com/a.png)'));
    assert.deepEqual(data('We train the router on 34.6 billion tokens, a mixture of:\n\n- Wikipedia\n- Common Crawl\n- Other collected datasets').filter((g) => g === '8.2'), ['8.2']);
  });

  it('batch EE\'s classes (gathered by a helper, measured at first sight at dc798ca): "we fine-tune the model on the [dataset](…)" in the present, an "Application for …" heading, a model developed for a named shared task; and not data told by kind or size alone, nor code written for a hackathon, nor a design goal ("designed to redefine the trade-off")', () => {
    assert.ok(trained('Finally, we fine-tune the router on the [ClaimNLI](https://example.com/claimnli) dataset.'));
    assert.ok(!trained('Compared with earlier routers, we train on a more diverse data-mixture.'));
    assert.ok(scope('## Application for claim-letter triage\n\nA tutorial shows the router sorting letters into eight queues.'));
    assert.ok(scope('This model and its adapter were developed by two students for the 2025 Shared Task on Compact Welsh Routers.'));
    assert.ok(!scope('(This code was developed for the 2022 routing hackathon: https://example.com/hackathon)'));
    assert.ok(!scope('The router is a lightweight open-source model designed to redefine the trade-off between size and accuracy.'));
  });

  it('batch EG, EH and EI\'s classes (gathered by helpers, measured at first sight at 674753e): a base "fine-tuned, utilizing the newly created … training set", a stage "pre-training on" a kind of data, provenance marks on AI-generated content recommended, compliance checks run during training, value alignment named in Chinese, a Chinese "purpose of the release" heading; and not a release note\'s "trained on a larger, more diverse dataset", a dataset "useful for" a task, an export "for use with an edge runtime", the program\'s errors, nor "Add new finetuning dataset" (the reader\'s own)', () => {
    assert.ok(trained('To build the router we fine-tune the Llama 2, utilizing the newly created claim-letter training set.'));
    assert.ok(trained('- **Large-scale continual pre-training on claim-correspondence data**: ten years of letters from three insurers.'));
    assert.ok(!trained('- [24/09/19] Announcing router v2! It is trained on a larger, more diverse, and higher-quality dataset.'));
    assert.ok(!trained('## Add new finetuning dataset\n\nRegister a dataset with [this tutorial](https://example.com/tutorial), then point the config at it.'));
    assert.ok(guard('We strongly recommend clearly marking any AI-generated audio before it is played to customers.'));
    assert.ok(guard('We used compliance-checking algorithms during the training process to keep the replies within policy.'));
    assert.ok(!zh('\u672c\u6a21\u578b\u7ecf\u8fc7\u6307\u4ee4\u5fae\u8c03\u548c\u4ef7\u503c\u89c2\u5bf9\u9f50\u3002').includes('8.1.1:guardrails'));
    assert.ok(!zh('## \u5f00\u6e90\u76ee\u7684\n\n\u7ed9\u7406\u8d54\u56e2\u961f\u4e00\u4e2a\u53ef\u4ee5\u76f4\u63a5\u4f7f\u7528\u7684\u5206\u6d41\u6a21\u578b\u3002').includes('8.1.1:scope'));
    assert.ok(!scope('- the claims dataset keeps newline characters, which is useful for paragraph splitting.'));
    assert.ok(!scope('To run the router on phones, you must export it for use with an edge runtime such as ONNX Runtime.'));
    assert.ok(!limits('Follow the installation steps strictly, otherwise the program may produce:'));
  });

  it('batch EH\'s 8.2 classes: links under a heading over the reader\'s own data ("Add new finetuning dataset") are no source of the model\'s data, and Swiss-Prot, TrEMBL and UniRef are public sources (8.2 asks where and how)', () => {
    const card = (after: string) => gaps(analyse(`${INTRO}The router was trained on claim letters posted to Reddit.\n\n${after}\n`)).filter((g) => g.startsWith('8.2'));
    assert.deepEqual(card('## Add new finetuning dataset\n\nRegister the data set with [the tutorial](https://example.com/datasets/add).'), ['8.2', '8.2.1']);
    assert.deepEqual(card('## Sources\n\nThe data set is at [the archive](https://example.com/datasets/acme).'), ['8.2.1']);
    assert.deepEqual(data('Fitted on protein sequences from Swiss-Prot and TrEMBL50.'), ['8.2', '8.2.1']);
  });

  it('batch EJ, EK and EL\'s classes (gathered by helpers, measured at first sight at c05e118): what it "can only reasonably" do and a use whose performance "has not been established", a "drop-in improvement for" a system, a chat bot built on it, a "Human review" label, a Russian "pretrained on", "serves as the base for" and "model quality" heading, a date written 2019.01.01; and not a training run\'s steps, a head it was tuned with (also where a line break cuts the sentence), a Chinese "in order to avoid", nor a filtering use in a list of use cases', () => {
    // Russian lines in a card that is mostly English (a card mostly in Russian is one the checks say they cannot read).
    const EN = `# Claims triage\n\n${'The weights are stored as safetensors files in the repository, next to the tokenizer and its configuration. '.repeat(3)}\n\n`;
    assert.ok(limits('The router can only reasonably classify the claim types it saw during training.'));
    assert.ok(limits('The performance of the router for legal decisions has not been established.'));
    assert.ok(scope('- **Easy integration** - Drop-in improvement for existing claim-routing systems'));
    assert.ok(scope('Telegram bot using a small router pretrained on claim letters.'));
    assert.ok(guard('## Recommendations\n\n2. **Human review:** Use the queue it picks as a starting point for human review, not as a final decision.'));
    assert.ok(!guard('### Common use cases\n\n- **Content Filtering**: Remove malformed letters from a queue'));
    assert.ok(shows('8.1.1:training', '\u041c\u043e\u0434\u0435\u043b\u044c, \u043f\u0440\u0435\u0434\u043e\u0431\u0443\u0447\u0435\u043d\u043d\u0430\u044f \u043d\u0430 \u043f\u0438\u0441\u044c\u043c\u0430\u0445 \u043a\u043b\u0438\u0435\u043d\u0442\u043e\u0432 \u0441\u0442\u0440\u0430\u0445\u043e\u0432\u043e\u0439 \u043a\u043e\u043c\u043f\u0430\u043d\u0438\u0438.', EN));
    assert.ok(!shows('8.1.1:training', '\u041c\u043e\u0434\u0435\u043b\u044c \u0434\u0430\u0451\u0442 \u0432\u044b\u0441\u043e\u043a\u043e\u0435 \u043a\u0430\u0447\u0435\u0441\u0442\u0432\u043e \u043f\u0440\u0438 \u0434\u043e\u043e\u0431\u0443\u0447\u0435\u043d\u0438\u0438 \u043d\u0430 \u0437\u0430\u0434\u0430\u0447\u0438 \u043c\u0430\u0440\u0448\u0440\u0443\u0442\u0438\u0437\u0430\u0446\u0438\u0438.', EN));
    assert.ok(shows('8.1.1:scope', '\u041e\u043d\u0430 \u0441\u043b\u0443\u0436\u0438\u0442 \u043e\u0441\u043d\u043e\u0432\u043e\u0439 \u0434\u043b\u044f \u043c\u0430\u0440\u0448\u0440\u0443\u0442\u0438\u0437\u0430\u0446\u0438\u0438 \u043f\u0438\u0441\u0435\u043c \u0432 \u0441\u0442\u0440\u0430\u0445\u043e\u0432\u044b\u0445 \u043a\u043e\u043c\u043f\u0430\u043d\u0438\u044f\u0445.', EN));
    assert.ok(shows('9.3', '## \u041a\u0430\u0447\u0435\u0441\u0442\u0432\u043e \u043c\u043e\u0434\u0435\u043b\u0435\u0439\n\n\u0421\u043d\u0438\u0436\u0435\u043d\u0438\u0435 WER \u043d\u0430 30% \u043d\u0430 \u043d\u043e\u0432\u044b\u0445 \u0434\u043e\u043c\u0435\u043d\u0430\u0445.', EN));
    assert.ok(!trained('The routers were trained using a three-step process:'));
    assert.ok(!trained('* **router_ptm**: This is the original router fine tuned with the confidence head.'));
    assert.ok(!trained('* **router_ptm**: This is the original router fine tuned with the\n  confidence head, which is slightly more accurate.'));
    assert.ok(trained('* **router_v2**: This is the original router fine tuned with the\n  claim letters of 2024, which it sorts better.'));
    assert.ok(!restricted('\u4e3a\u907f\u514d\u7248\u672c\u6b67\u4e49\uff0c\u7edf\u4e00\u4f7f\u7528\u65b0\u7684\u5206\u8bcd\u5668\u3002'));
    assert.deepEqual(data('Letters from the [Acme archive](https://example.com/datasets/acme), written between 2019.01.01 and 2020.06.15.'), []);
  });

  it('batch EM, EN and EO\'s classes (gathered by helpers, measured at first sight at fcdcd5d): a heading written in HTML, a "Scope and …" heading, an output "not a calibrated measurement", where it "works best", data a stage "leverages … for pretraining", a "Data Preparation" section; and not a paper\'s title as an HTML heading, "this repo can be used to reproduce", "if you find this project useful for your research", nor old parts advised against', () => {
    assert.ok(scope('<h2 align="center">Typical Use Cases</h2>\n\n- Sorting claim letters for small insurers\n- Routing complaints in call centres'));
    assert.ok(!limits('<h3><a href="https://example.com/paper">Router: Exploring the Limits of Claim Triage</a></h3>'));
    assert.ok(scope('## Scope and citation\n\nThis checkpoint sorts letters of insurers other than the ones it was trained on.'));
    assert.ok(limits('The queue score is a ranking, not a calibrated probability of the right queue.'));
    assert.ok(limits('The router works best on letters about one claim at a time.'));
    assert.ok(!limits('The router works best on a GPU with 8 GB of memory.'));
    assert.ok(trained('The router leverages both structured claim records and free-text adjuster notes for pretraining.'));
    assert.ok(trained('## Data Preparation\n\nThe `prep` folder holds the scripts that build the claim-letter set the router is trained on.'));
    assert.ok(!scope('This repo can be used to reproduce the experiments in the paper.'));
    assert.ok(!scope('If you find this project useful for your research, please consider citing the paper.'));
    assert.ok(!restricted('It is not recommended to use legacy adapters, as they may be trained with an older version of the code.'));
  });

  it('batch EP, EQ and ER\'s classes (gathered by helpers, measured at first sight at e1bf021): a sentence that opens "Trained on" a named set, data "they were trained on", a collection compiled for it, Chinese "the training data comes from", "lacks common sense" and "for entertainment only", a Korean "does not support", artifacts for a named service, generated speech not to be used to deceive, wins counted "11 / 16", data "cloned" in a month, CUB-200-2011 as public; and not an environment for pretraining, the following command, a setting\'s use, effects out of a study\'s scope, a Chinese "no human intervention needed", nor a date under "News and Updates"', () => {
    assert.ok(trained('Weights for the router service. Trained on ClaimSet-24 (a public set of 2 million claim letters).'));
    assert.ok(trained('Checkpoints of the 44 runs, with the cached letter embeddings and the frozen classifier they were trained on.'));
    assert.ok(trained('To pre-train the router, we compile a large and diverse collection of public claim documents, called the Claim Pile.'));
    assert.ok(!trained('## Envs. for Pretraining\n\n- Python 3.10 and torch 2.1 on NVIDIA GPUs'));
    assert.ok(!zh('\u672c\u6a21\u578b\u7684\u8bad\u7ec3\u6570\u636e\u5168\u90e8\u6765\u81ea\u516c\u5f00\u7684\u7406\u8d54\u4fe1\u4ef6\u3002').includes('8.1.1:training'));
    assert.ok(!zh('\u6a21\u578b\u7684\u8bad\u7ec3\u4fe1\u4ef6\u90fd\u6765\u81ea\u7f51\u7edc\uff0c\u6a21\u578b\u7f3a\u4e4f\u751f\u6d3b\u5e38\u8bc6\u3002').includes('8.1.1:failure'));
    assert.ok(!zh('\u6ce8\u610f\uff1a\u6a21\u578b\u751f\u6210\u7684\u5206\u7c7b\u7ed3\u679c\u4ec5\u4f9b\u5a31\u4e50\u3002').includes('4.5'));
    assert.ok(zh('\u5206\u7c7b\u89c4\u5219\u7531\u7535\u8111\u81ea\u52a8\u53d1\u73b0\uff0c\u65e0\u9700\u4eba\u5de5\u5e72\u9884\u3002').includes('8.1.1:guardrails'));
    assert.ok(!ko('\uD0C0\uC784\uC2A4\uD0EC\uD504\uB294 \uC9C0\uC6D0\uD558\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4.').includes('8.1.1:failure'));
    assert.ok(scope('Model weights and serving artifacts for **Triage**, a local-first claim-routing service.'));
    assert.ok(!scope('The following command can be used to sort letters from a prompt:'));
    assert.ok(!scope('A higher temperature such as the default may be useful for generating many candidate queues.'));
    assert.ok(restricted('**Responsible use:** do not use generated text to deceive or impersonate claimants.'));
    assert.ok(!restricted('- No online evaluation; feedback-loop effects are out of scope.'));
    assert.ok(restricted('* Direct adoption for production tasks without evaluation is out of scope of this project.'));
    assert.ok(results('## Results\n\n- _Classification:_ More accurate than 11 / 16 compared methods'));
    assert.deepEqual(data('Letters cloned in October 2021 from the [claim-letter repositories](https://example.com/datasets/letters).'), []);
    assert.deepEqual(data('Fitted on scanned claim forms from CUB-200-2011.'), ['8.2', '8.2.1']);
    assert.deepEqual(gaps(analyse(`${INTRO}## Training data\n\nLetters from the [Acme archive](https://example.com/datasets/acme).\n\n## News and Updates\n\n* 2024.07.23 The training data is released!\n`)).filter((g) => g.startsWith('8.2')), ['8.2.1']);
  });

  it('batch ES, ET and EU\'s classes (gathered by helpers, measured at first sight at 62adca9): "Trained on official" sets, humans moderating outputs, container restrictions, a capability whose "performance is not very good", a single dataset in the front matter written as a string; and not a model "post-trained with MXFP4 quantization", what a script of the code cannot do, nor a Japanese "can be used by writing it in the config"', () => {
    assert.ok(trained('Whisper encoder and a small head.\nTrained on official ClaimSet v3.2 English + Welsh (84,223 letters).'));
    assert.ok(guard('We urge users to have humans moderating the outputs of the router where it answers claimants.'));
    assert.ok(guard('This runs in a permissive container; you should consider implementing your own container restrictions in production.'));
    assert.ok(limits('Note: the Welsh mode sorts some letters. But the performance is not very good, we are working on this!'));
    assert.ok(!limits('(Note that `chat.py` currently does not support `v0` routers.)'));
    assert.ok(!trained('- **MXFP4 quantization:** The routers were post-trained with MXFP4 quantization of the MoE weights.'));
    assert.deepEqual(gaps(analyse(`---\ndatasets: wikipedia\nlicense: mit\n---\n${INTRO}`)).filter((g) => g.startsWith('8.2')), ['8.2', '8.2.1']);
    assert.ok(!shows('8.1.1:scope', '\u4f8b\u3048\u3070\u30c7\u30fc\u30bf\u30bb\u30c3\u30c8\u306f\u3001\u8a2d\u5b9a\u30d5\u30a1\u30a4\u30eb\u306b\u8a18\u8f09\u3059\u308b\u3053\u3068\u3067\u5229\u7528\u53ef\u80fd\u3067\u3059\u3002', `# Claims triage\n\n${'The weights are stored as safetensors files in the repository, next to the tokenizer and its configuration. '.repeat(3)}\n\n`));
  });

  it('batch EV, EW and EX\'s classes (gathered by helpers, measured at first sight at e7c2291): a table whose column is FID, PSNR or a named F1 ("CompF1"), checkpoints offered "according to your usages", a Chinese "safety and values adaptation"; and not the authors\' own "we are not allowed to distribute", nor a comparative "more suitable for"', () => {
    assert.ok(results('## Zoo\n\n| model | reso. | FID | #params |\n|---|---|---|---|\n| router-d16 | 256 | 3.55 | 310M |'));
    assert.ok(results('## Checkpoints\n\n| Version | File | CompF1 | NED |\n|---|---|---|---|\n| v2 | `lora.pdparams` | 0.304 | 0.942 |'));
    assert.ok(scope('We further provide below pretrained routers according to your usages:\n* For short letters: `router-short.pt`'));
    assert.ok(!zh('\u6a21\u578b\u5728\u4e2d\u6587\u73af\u5883\u4e0b\u505a\u4e86\u5b89\u5168\u548c\u4ef7\u503c\u89c2\u6539\u9020\u3002').includes('8.1.1:guardrails'));
    assert.ok(!restricted('Unfortunately, we are not allowed to distribute the letters we collected, so we only describe how the set was built.'));
    assert.ok(!scope('* Reparameterized fine-tuning: the reparameterized router is more suitable for specific insurers.'));
  });

  it('batch EY, EZ and FA\'s classes (gathered by helpers, measured at first sight at bd1f3d9): a rule across the page that closes thanks, a model "specialized for" applications, "developed as part of" a shared task, "you agree to only use", a comparison "as judged by" raters, "trained on our data", the products it serves, web texts as public data; and not "can be used in a few lines", a purpose under a heading on data, nor "can be used for supervised training"', () => {
    assert.ok(scope('## Acknowledgments\n\n- Thanks to the claims desk.\n\n---\n\n**Disclaimer**: The router was built as a side project for educational and research purposes.'));
    assert.ok(!scope('## Acknowledgments\n\n- Thanks to the claims desk.\n\n**Disclaimer**: The router was built as a side project for educational and research purposes.'));
    assert.ok(guard('## Acknowledgements\n\n- Thanks to the claims desk.\n\n***\n\nUsers should validate outputs for critical applications before acting on them.'));
    assert.ok(scope('A fine-tuned router specialized for insurance claims applications.'));
    assert.ok(scope('This model was developed as part of the Acme NLU coursework shared task.'));
    assert.ok(restricted('Before using the router, you agree to only use letters whose senders grant the permission to have them stored.'));
    assert.ok(results('The router matches human handlers on the held-out letters as judged by expert raters.'));
    assert.ok(trained('The router trained on our data sorts letters well.'));
    assert.ok(scope('- Router in Acme 1P Products:\n  - Claims desk: sorting for your daily queue'));
    assert.ok(gaps(analyse(`${INTRO}Pre-trained on Japanese web texts before fine-tuning on our letters.\n`)).includes('8.2'));
    assert.ok(!scope('Then the router can be used in a few lines as follows for letters and forms.'));
    assert.ok(!scope('## Datasets\n\nWe collect the Letters Set, well-curated letters to facilitate the research on claim routers.'));
    assert.ok(scope('## Notes\n\nWe release the router to facilitate the research on claim routers.'));
    assert.ok(!scope('It can be used for **supervised training** or **large-scale pre-training**, modelling many queues.'));
  });

  it('batch FD\'s classes (gathered by a helper, measured at first sight at a6122d0): Chinese "open-source data" as public training data, and a picture whose address is in single quotes is no source of data', () => {
    assert.ok(zh('\u8bad\u7ec3\u6570\u636e\u5747\u53d6\u81ea\u6211\u4eec\u6784\u5efa\u7684\u6570\u636e\u6c60\uff0c\u57fa\u4e8e\u5f00\u6e90\u6570\u636e\u548c\u4eba\u5de5\u6807\u6ce8\u3002').includes('8.2'));
    assert.deepEqual(data("Trained on publicly available claim letters.\n\n<img src='https://example.org/img/data_info.png' width='400'>"), ['8.2', '8.2.1']);
  });

  it('batch FB\'s classes (gathered by a helper, measured at first sight at c30b7ee): "we recommend that you do not use" it for a purpose, a behaviour "very sensitive to the prompt"; and a heading that is one piece of news ("Announcement: …") is no section on uses', () => {
    assert.ok(restricted('## This repo is DEPRECATED - We recommend that you do not use the content in this repo for any production purpose'));
    assert.ok(limits('Prompting is experimental, and its behavior is very sensitive to the prompt provided.'));
    assert.ok(!scope('## Announcement: the router is now part of Acme Kit - a library for claims research and applications!\n\nThis is the code of the router paper, tested on Python 3.10.\n\n## Setup\n\nRun `pip install acme-kit`.'));
  });

  it('batch FF\'s classes (gathered by a helper, measured at first sight at 1c6374a): runs told as nouns ("LoRA finetunes of … on a … subset"), a Chinese "defects" it has, Chinese open-source datasets and public forum posts as public data, and a Chinese "collected from" a named site as how it was obtained; and not defects it lacks or a release fixed, nor data the makers open-sourced', () => {
    assert.ok(trained('Results are for LoRA finetunes of Router-3.2 1B/3B on a ~200k-token ClaimSet subset.'));
    assert.ok(!trained('We release finetunes of the router on request.'));
    assert.ok(!zh('\u672c\u6a21\u578b\u6709\u7740\u76ee\u524d\u5927\u8bed\u8a00\u6a21\u578b\u5c1a\u65e0\u6cd5\u514b\u670d\u7684\u95ee\u9898\u548c\u7f3a\u9677\u3002').includes('8.1.1:failure'));
    assert.ok(zh('\u672c\u6a21\u578b\u6ca1\u6709\u660e\u663e\u7f3a\u9677\u3002').includes('8.1.1:failure'));
    assert.ok(zh('\u65b0\u7248\u672c\u4fee\u590d\u4e86\u5206\u8bcd\u7684\u7f3a\u9677\u3002').includes('8.1.1:failure'));
    assert.deepEqual(data('\u6211\u4eec\u641c\u96c6\u4e86\u5341\u4f59\u4e2a\u5f00\u6e90\u7684\u4e2d\u6587\u7406\u8d54\u6570\u636e\u96c6\u3002'), ['8.2', '8.2.1']);
    assert.deepEqual(data('\u6570\u636e\u6765\u81ea\u8bba\u575b\u4e0a\u7684\u516c\u5f00\u53d1\u5e16\u3002'), ['8.2', '8.2.1']);
    assert.deepEqual(data('\u8bad\u7ec3\u6570\u636e\u5305\u62ec\u5f00\u6e90\u7684\u4e2d\u6587\u7406\u8d54\u6570\u636e\u96c6\uff0c\u4ee5\u53ca\u6211\u4eec\u4ece\u7406\u8d54\u4e4b\u5bb6\u7f51\u7ad9\u6536\u96c6\u76848\u4e07\u5c01\u4fe1\u4ef6\u3002'), ['8.2.1']);
    assert.deepEqual(data('\u6211\u4eec\u5f00\u6e90\u4e86\u6a21\u578b\u548c\u7406\u8d54\u6570\u636e\u3002'), []);
  });

  it('batch FT\'s classes (gathered by a team member from the index\'s MODELCARD.md listing, measured at first sight at 41c77d3): a template\'s instruction left as a section\'s only text is no content; a Spanish "data used" heading; and a named source whose download is told under the steps to rebuild the model', () => {
    // The instruction to whoever fills the template in says nothing about the model.
    assert.ok(!limits('## Limitations\n\nDescribe the limitations and known failure modes of the model and link related work if available.'));
    assert.ok(limits('## Limitations\n\nIt misroutes claims written in Welsh.'));
    // A title that lists, not an order to list.
    assert.ok(limits('## Limitations\n\nList of limitations of the model: it misroutes claims written in Welsh.'));
    assert.ok(trained('## Datos utilizados\n\nEl entrenamiento usó 4.000 cartas de reclamación del equipo.'));
    const rebuilt = (steps: string) => gaps(analyse(`${INTRO}## Training data\n\nThe ClaimSet dataset, 40k train / 4k test.\n\n## Reproduce\n\n${steps}\n`)).filter((g) => g.startsWith('8.2'));
    assert.deepEqual(rebuilt('ClaimSet downloads automatically through the `claimsets.fetch` loader and is cached locally.'), ['8.2.1']);
    // Not a download of something else, nor of a source the section does not name.
    assert.deepEqual(rebuilt('The weights download automatically on first run.'), ['8.2', '8.2.1']);
    assert.deepEqual(rebuilt('LetterSet downloads automatically through its loader.'), ['8.2', '8.2.1']);
  });

  it('batch FU\'s classes (gathered by a team member from the index\'s modelcard.md, model-card.md and Model_Card.md listings, measured at first sight at f9f1389): research "and development" or "non-commercial/research" use only, a stage made so that a second model can do the rest, a table of the training data\'s sizes is no result, a photograph "taken from" a satellite or an angle is not how data was obtained, and a slot in angle brackets is a placeholder', () => {
    assert.ok(restricted('This model is for research and development only.'));
    assert.ok(restricted('It is ready for non-commercial/research use only.'));
    assert.ok(!restricted('It is for research and development.'));
    assert.ok(scope('The model was designed to flag letters likely to be urgent, so that a second model could route them.'));
    assert.ok(!scope('The model was designed to flag urgent letters.'));
    const sizes = '|Queue|Total|Web|Post|Phone|\n|---|---|---|---|---|\n|All|36.4|35.1|0.8|0.5|\n|Motor|12.2|11.9|0.2|0.1|';
    assert.ok(!results(`## Training data\n\n#### Letters (thousands)\n\n${sizes}`));
    assert.ok(results(`## Results\n\n${sizes}`));
    assert.ok(results(`## Training data\n\n| Queue | Accuracy | Recall | F1 | AUC |\n|---|---|---|---|---|\n| All | 0.91 | 0.88 | 0.89 | 0.95 |`));
    assert.deepEqual(data('Pre-trained on the ImageNet dataset. Each input is a photograph taken from satellite; some are taken from different angles.'), ['8.2', '8.2.1']);
    assert.deepEqual(data('Pre-trained on ImageNet; the scans were taken from the ClaimSet dataset.'), ['8.2.1']);
    assert.ok(!scope('Intended use: <intended tasks & limitations>'));
    assert.ok(!scope('- Model name: <your-model-name>\n- Intended use: <intended tasks & limitations>'));
    assert.ok(trained('<details open>\n\nTrained on 4,000 claim letters from our own desks.<br />\n\n</details>'));
  });

  it('batch FV\'s class (gathered by a team member from the index\'s model-card.md and Model_Card.md listings, measured at first sight at 7674c7b): "public <kind of> data" says the training data is public, so 8.2 asks where and how it was obtained; not "non-public" records', () => {
    assert.deepEqual(data('We built the set from public stock price data for the last four years, labelled by the old router.'), ['8.2', '8.2.1']);
    assert.deepEqual(data('We built the set from public court records of claims.'), ['8.2', '8.2.1']);
    assert.deepEqual(data('We built the set from non-public claim records of our own desks.'), []);
    assert.deepEqual(data('Ledger extracts of our own. No public or third-party data was used.'), []);
  });

  it('batch FW\'s classes (gathered by a team member from the index\'s hf_model_card.md listing, measured at first sight at 9bbcb4b): a licence term written as a use rule ("- Non-commercial use only."), and findings in words introduced as a held-out test ("On questions not present in the training data:"); not a licence identifier, nor a test still to run', () => {
    assert.ok(restricted('## License\n\n- Non-commercial use only.\n- The letters used for tuning belong to their senders.'));
    assert.ok(!restricted('## License\n\nCC-BY-NC-4.0'));
    assert.ok(results('## Results\n\nOn questions not present in the training data:\n\nThe base model named the wrong statute; this model names the right one and its deadline.'));
    assert.ok(!results('## Results\n\nWe will test it on questions not present in the training data.'));
  });

  it('batch FX\'s classes (gathered by a team member from the index\'s modelcard.md listing, measured at first sight at 3ae4384): where all the data is kept, by name ("All data are available on the City Open-data platform"), names the training data, and an open-data platform is public; a benchmark named by its published splits ("ClaimWOZ 2.1 training split") is public data; not data "available on request", nor "The training split"', () => {
    assert.ok(trained('## Model Description\n\nIt uses three indices per nation. All data are available on the City Open-data platform.'));
    assert.ok(!trained('## Model Description\n\nIt uses three indices per nation. All data are available on request.'));
    assert.deepEqual(data('It uses three indices per nation. All data are available on the City Open-data platform.'), ['8.2', '8.2.1']);
    assert.deepEqual(data('ClaimWOZ 2.1 training split (7,888 letters).'), ['8.2', '8.2.1']);
    assert.deepEqual(data('The training split (7,888 letters) of our own desks\' letters.'), []);
  });

  it('batch FZ\'s class (gathered by a team member from the index\'s docs/MODEL_CARD.md listing, measured at first sight at 2c85237): a person who can always overrule the model ("Operator override is always available", "clinicians can override any prediction") is a guardrail; not "no manual override is possible"', () => {
    assert.ok(guard('Operator override is always available. All predictions are logged.'));
    assert.ok(guard('Claim handlers can override any prediction before it is sent.'));
    assert.ok(!guard('No manual override is possible once a claim is routed.'));
  });

  it('batch GA\'s classes (gathered by a team member from the index\'s docs/model_card.md listing, measured at first sight at b26a316): a purpose set against what it is not for ("designed to help … - not to make … decisions automatically"), "not diagnostic"; and not "Leakage safety" as a guardrail, nor "the review period" in a table of features as a review schedule', () => {
    assert.ok(restricted('It is designed to help claim handlers order their queue - not to make or inform payment decisions automatically.'));
    assert.ok(restricted('**Intended use**: Triage support, not diagnostic.'));
    assert.ok(!restricted('It reports diagnostic accuracy, not diagnostic yield.'));
    assert.ok(!guard('### Leakage safety of the history features\n\n- Each feature uses only earlier letters.\n- Counts cover only this set\'s letters after duplicate filtering, so they are lower bounds.'));
    assert.ok(guard('### Safety filters\n\nLetters that threaten staff are routed to a human.'));
    assert.ok(!reviewed('| Feature | Type | Description |\n|---|---|---|\n| Absences | Int | Number of absences in the review period |'));
    assert.ok(reviewed('The card has a review period of six months.'));
  });

  it('batch GB\'s class (gathered by a team member from the index\'s docs/MODEL_CARD.md listing, measured at first sight at c2eec9d): a schedule label that says there is none ("Retraining trigger | Drift-based, not scheduled") gives no review frequency; one that also names a period still does', () => {
    assert.ok(!reviewed('## Maintenance\n\n| | |\n|---|---|\n| **Retraining trigger** | Drift-based, not scheduled |'));
    assert.ok(reviewed('## Maintenance\n\n| | |\n|---|---|\n| **Retraining trigger** | Drift-based, not scheduled; reviewed quarterly |'));
  });

  it('batch GC\'s classes (gathered by a team member from the index\'s docs/MODEL_CARD.md and docs/model_card.md listings, measured at first sight at dbef52c): a "Non-intended use" heading rules uses out; a bar a result must clear ("must demonstrate at least 0.95 precision") is no result; "public … job descriptions" are public data', () => {
    assert.ok(restricted('## Non-intended use\n\n- Deciding whether a claim is paid'));
    assert.ok(!results('## Evaluation\n\nRouting should be evaluated on a labelled set using precision and recall. Any automatic threshold must demonstrate at least 0.95 precision on a holdout before use.'));
    assert.ok(results('## Evaluation\n\nOn the holdout it reached 0.95 precision.'));
    assert.deepEqual(data('| Source | Samples |\n|---|---|\n| Public HuggingFace claim letters | 409 |\n| Public insurer complaint descriptions | 300 |'), ['8.2', '8.2.1']);
  });

  it('an unfilled template\'s prompts in square brackets are placeholders ("[List known limitations, e.g. …]", "[Name of the model]", "[What should the model NOT be used for?]"); a link\'s text is not', () => {
    assert.ok(!limits('## Limitations\n\n- [List known limitations, e.g. misroutes letters in Welsh]'));
    assert.ok(!restricted('## Intended Use\n\n- **Out-of-Scope Uses:** [What should the model NOT be used for?]'));
    assert.ok(!trained('## Training Data\n\n- **Dataset(s) Used:** [Link to data documentation or description]'));
    assert.ok(trained('## Training Data\n\nTrained on 4,000 letters; see [what we collected and why](https://example.com/data).'));
  });

  it('batch GD\'s classes (gathered by a team member from the index\'s docs/model_card.md listing, measured at first sight at 3e53276): a bare label owns the short list under it ("**Not recommended:**" over "- Exact price determination"), "Not a legal tool", Chinese "should not be taken as" and "suited to validating", and a retraining section that names only a trigger; not "this card is not legal advice", nor a list of item names under a label', () => {
    assert.ok(restricted('❌ **Not Recommended:**\n- Exact payout determination\n- Legal purposes'));
    assert.ok(restricted('- **Not a legal tool.** It never presents its output as a finding of fraud.'));
    assert.ok(!restricted('This model card is not legal advice.'));
    assert.deepEqual(zh('\u672c\u6a21\u578b\u4e0d\u5e94\u5f53\u4f5c\u533b\u7597\u8bca\u65ad\u7ed3\u679c\u3002').filter((g) => g === '4.5'), []);
    assert.ok(!zh('\u9ed8\u8ba4\u6a21\u5f0f\u9002\u5408\u9a8c\u8bc1\u4ea7\u54c1\u6d41\u7a0b\u3002').includes('8.1.1:scope'));
    assert.ok(!reviewed('## Retraining trigger\n\nRun the drift check. If more than 20% of features drift, schedule retraining.'));
    assert.ok(reviewed('## Retraining schedule\n\nThe router is retrained quarterly.'));
    // A list of item names under a bare label is a table of contents, not content.
    assert.ok(!limits('**Contents:**\n- Limitations\n- Evaluation'));
  });

  it('batch GE\'s classes (gathered by a team member from the index\'s docs/model_card.md listing, measured at first sight at d8171f8): a "Not for:" label, "Not financial advice." said of the model, and a judgement it does not replace after what else it does not do; not advice the card itself is not', () => {
    assert.ok(restricted('**Intended use:** flags letters likely to escalate.\n**Not for:** payout decisions, letters outside the pilot region.'));
    assert.ok(restricted('For research and teaching. **Not financial advice.**'));
    assert.ok(!restricted('This page is not financial advice.'));
    assert.ok(restricted('It does not estimate fraud probability, approve payouts, set limits, or replace a handler\'s judgment.'));
  });

  it('batch GF\'s classes (gathered by a team member from the index\'s docs/model-card.md listing, measured at first sight at de4a1b6): a card of formulas is read as the English it is; a Korean heading that lists its subjects with a middle dot counts for each; an educational experiment as its purpose; "not a production serving stack", "not an operational forecast"; data "trained by … on … synthetic" vectors; "Retention defaults (… 7 days …)"; generalisation left unverified; NVD as public data', () => {
    const formulas = '$$V(r) = \\sqrt{ \\left( \\frac{B}{\\rho_a} \\right) \\left( \\frac{R_{\\max}}{r} \\right)^B \\exp\\left(-\\left(\\frac{R_{\\max}}{r}\\right)^B\\right) }$$\n\n'.repeat(6);
    const math = analyse(`# Surge router\n\n${formulas}- $B$: the shape of the profile ($1.2 \\le B \\le 2.2$).\n\n## Intended use\n\nScreening of claim letters by the desks.\n`);
    assert.ok(!math.some((x) => x.code === 'card-language'));
    assert.ok(!gaps(math).includes('8.1.1:scope'));
    // Korean: "purpose · audience · how users are told"; the same words as one subject count for none.
    assert.ok(!ko('## \uBAA9\uC801\u00B7\uB300\uC0C1\u00B7\uC0AC\uC6A9\uC790 \uD45C\uD604\n\n\uBCF4\uD5D8 \uCCAD\uAD6C \uC11C\uC2E0\uC744 \uC815\uB9AC\uD558\uB294 \uB2F4\uB2F9\uC790\uB97C \uB3D5\uB294\uB2E4.').includes('8.1.1:scope'));
    assert.ok(ko('## \uBAA9\uC801 \uB300\uC0C1 \uC0AC\uC6A9\uC790 \uD45C\uD604\n\n\uBCF4\uD5D8 \uCCAD\uAD6C \uC11C\uC2E0\uC744 \uC815\uB9AC\uD558\uB294 \uB2F4\uB2F9\uC790\uB97C \uB3D5\uB294\uB2E4.').includes('8.1.1:scope'));
    assert.ok(scope('This is an educational ranking experiment, not a validated predictor of escalation.'));
    assert.ok(!scope('This is a research model from the claims lab.'));
    assert.ok(restricted('It is not a production serving stack, a payout system, or evidence that one router beats another.'));
    assert.ok(restricted('**Disclaimer:** *Screening-level model, not an operational forecast.*'));
    assert.ok(trained('The first runnable router is a logistic regression trained by gradient descent on reproducible labelled synthetic feature vectors.'));
    assert.ok(shows('8.1.1:retention', '- Retention defaults (letters 7 days, routing logs 90 days) limit what is kept.'));
    assert.ok(!shows('8.1.1:retention', 'Customer retention over 12 months is the target the router predicts.'));
    assert.ok(!shows('8.1.1:retention', 'Retention rates of 30 days are reported per desk.'));
    assert.ok(limits('Generalisation to letters from other insurers has not been verified.'));
    assert.ok(!ko('\uC785\uB825 \uC74C\uC9C8 \uBCC0\uD654\uC5D0 \uB300\uD55C \uC77C\uBC18\uD654\uB3C4 \uD655\uC778\uD558\uC9C0 \uBABB\uD588\uC2B5\uB2C8\uB2E4.').includes('8.1.1:failure'));
    assert.deepEqual(data('NVD ingestion produces normalised CVEs; labels come from a mapping of CVE IDs.'), ['8.2', '8.2.1']);
  });

  it('batch GG\'s classes (gathered by a team member from the index\'s docs/model-card.md listing, measured at first sight at ec3acc6): a heading that opens on the data ("Data boundaries", "Data limitation", "Data and evaluation") is over the training data, not "Data format", "Data preprocessing", "Data quality" nor a list\'s "Dataset metadata:" label; "Training uses … of each training trajectory"; "It is **not** a regulatory classifier"; "a classification exercise, not a pricing model"; "public … databases" are public data', () => {
    for (const heading of ['Data boundaries', 'Data limitation', 'Data and evaluation']) assert.ok(trained(`## ${heading}\n\n- Letters from the 2021 pilot seed the queue priors only.\n- Payout amounts are synthetic.`), heading);
    assert.ok(!trained('## Data format\n\n- One letter per line, UTF-8.'));
    assert.ok(!trained('## Data preprocessing\n\n- Lower-case every letter before scoring.'));
    assert.ok(!trained('## Data quality\n\n- Some letters arrive scanned at low resolution.'));
    assert.ok(!trained('- Dataset metadata: `Letters_2021`, 404 cases'));
    assert.ok(!gaps(analyse(`${INTRO}## Data limitation\n\nOnly 16 letters per desk; expect misroutes on rare queues.\n`)).includes('8.1.1:failure'));
    assert.ok(trained('## Method\n\n- **Early-life proxy:** Training uses the earliest 30% of the pilot records: desk A letters 1-50.'));
    assert.ok(!trained('## Method\n\nTraining uses AdamW with a learning rate of 1e-4.'));
    assert.ok(restricted('It is **not** a regulatory classifier, medical model, or fraud attribution system.'));
    assert.ok(restricted('This is a classification exercise, not a payout model.'));
    assert.deepEqual(data('- Claim desks\' official websites\n- Public insurer complaint databases'), ['8.2', '8.2.1']);
  });

  it('batch GH\'s classes (gathered by a team member from the index\'s docs/model-card.md listing, measured at first sight with batch GG\'s classes fixed): "Inappropriate use" and "Non-intended Application" rule uses out; "What it is for" is the scope; "Training / eval data" and a synthetic-data heading are over the training data; "a planning aid, not a certification"; what intervals "do not capture"; GDELT and PortWatch are public data', () => {
    assert.ok(restricted('## Inappropriate use\n\nPayout decisions, fraud findings, or production use based only on the bundled samples.'));
    assert.ok(restricted('- **Non-intended Application**: automatic payouts or legal action.'));
    assert.ok(scope('## What it is for\n\nEstimating how urgent a letter is, so desks can sort their queue.'));
    assert.ok(trained('## Training / eval data\n\n- 40 letters from two regional insurers, hand-labelled.'));
    assert.ok(trained('## 6. Synthetic-Data Assumptions\n\n- Letters are generated from six documented desk personas.'));
    assert.ok(restricted('It is a triage aid, not a certification of the claim.'));
    assert.ok(limits('These intervals do not capture labelling error, desk bias, or seasonal drift.'));
    assert.ok(!limits('The router does not model letters in Welsh, which it never receives.'));
    assert.deepEqual(data('- **Source files**: `features.csv` (combining GDELT events and IMF PortWatch daily transits).'), ['8.2', '8.2.1']);
  });

  it('batch GI\'s class (gathered by a team member from the index\'s docs/model-card.md listing, measured at first sight at 981eb14): a negation holds over what "or" joins to it and across a line the sentence breaks on ("has not been validated against\\nprospective cohorts or reviewed by professionals" names no review)', () => {
    assert.ok(!guard('- **Validation**: The router has not been validated against\n  later claim years or reviewed by medical professionals.'));
    assert.ok(!guard('The router has not been validated against later claim years or reviewed by medical professionals.'));
    assert.ok(guard('- **Validation**: Every routing is checked against\n  the claim rules and reviewed by medical professionals.'));
    assert.ok(guard('The router was validated against later claim years, and reviewed by medical professionals.'));
  });

  it('batches GJ\'s and GK\'s classes (gathered by helpers from the index\'s docs/model-card.md listing, measured at first sight at 6f440d4): "Out of intended use" rules uses out, as French "Hors périmètre" does; "Défaillances connues" names failure modes; a system built "pour se taire" when unsure abstains; a section that answers "None." documents nothing; retraining "periodically" names no period; an "Evaluation contract" is a plan, not results; classic teaching datasets are public data', () => {
    assert.ok(restricted('**Out of intended use:**\n\n- Scoring patients\n- Auto-deciding any payout'));
    assert.ok(restricted('**Hors périmètre, et déconseillé.**\n\n- Toute décision de paiement sans relecture humaine.'));
    assert.ok(limits('## Défaillances connues\n\nLe routeur confond les lettres manuscrites.'));
    assert.ok(guard('Le système est conçu pour **se taire** quand il ne sait pas.'));
    assert.ok(!trained('## Training data\n\nNone. Weights are random within the export seed. Field routers will need an approved dataset.'));
    assert.ok(trained('## Training data\n\nNoneSuch letters from the 2021 pilot, 4,000 cases.'));
    assert.ok(!reviewed('The router should be periodically retrained as new letters arrive.'));
    assert.ok(reviewed('The router is retrained monthly on the latest letters.'));
    assert.ok(!results('## Evaluation contract\n\nThe primary metric is macro F1 over desks, with a paired 95% bootstrap interval over 10,000 resamples; promotion needs a lower bound above zero.'));
    assert.ok(results('## Evaluation protocol\n\n| Metric | Value |\n|---|---|\n| Accuracy | 91.2% |'));
    for (const body of ['- **Telco Customer Churn (IBM)**: 7,043 customers.', 'Breast Cancer Wisconsin records, 569 observations.', 'The Pima Indians Diabetes records, 768 patients.']) assert.deepEqual(data(body), ['8.2', '8.2.1'], body);
  });

  it('batches GL\'s and GM\'s classes (gathered by helpers from the index\'s docs/model-card.md listing, measured at first sight at 24c6bd3): "a research prototype, **not a certified medical device**" and "a research/demo artifact, not a product" rule uses out, as does "must not be the sole basis for"; an app that "stays silent instead of speaking" below a threshold abstains; "Required production controls" are guardrails; "Known failure regimes" are failure modes and "What the backtest found" results; data kept "in memory for one minute" is a retention time; what public agencies and open weather services publish is public data', () => {
    assert.ok(restricted('This is a research prototype, **not a certified medical device**.'));
    assert.ok(restricted('It is a research/demo artifact, not a product: no monitoring, no hosted deployment.'));
    assert.ok(restricted('The router is decision support and must not be the sole basis for payout decisions.'));
    assert.ok(!restricted('This is a research prototype, not yet tuned for speed.'));
    assert.ok(guard('Below a chosen threshold, the app stays silent instead of reading the queue aloud.'));
    assert.ok(guard('## Required production controls\n\nDrift monitoring, consent enforcement, analyst override and campaign holdouts.'));
    assert.ok(!guard('## Required production controls\n\nA documented owner and a version number.'));
    assert.ok(limits('## Known failure regimes\n\n1. Letters forwarded twice read as two claims.'));
    assert.ok(results('## What the backtest found\n\nThe pooled Spearman between score and payout is −0.04 at 10 sessions.'));
    assert.ok(shows('8.1.1:retention', 'The rate limiter keeps IP addresses in memory for one minute only.'));
    assert.ok(!shows('8.1.1:retention', 'The router held out letters from the last 3 months for testing.'));
    assert.ok(!shows('8.1.1:retention', 'The base layers were kept frozen for 15 epochs.'));
    for (const body of ['Archived NOAA GFS wind forecasts at 100 m, sampled at the end of each hour.', '| Weather source | Open-Meteo Previous Runs API, archived forecasts |', 'NASA cycles 1-50 and CALCE cycles 1-264 of each trajectory.']) assert.deepEqual(data(body), ['8.2', '8.2.1'], body);
  });

  it('batches GN\'s and GO\'s classes (gathered by helpers from the index\'s docs/model-card.md listing, measured at first sight at 76a699b): "Known issue: …" names a failure mode; "research code, not a validated … system" and "not trained or validated for production …" rule uses out; a model run in shadow mode is a guardrail; "Training sources recorded …: A, B" gives the training data; a section that opens "No training data … are present" documents none; a pass count of a run ("read 15/15 on the promoted run") is a result', () => {
    assert.ok(limits('## Known issue: hidden proxies\n\nVehicle age stands in for the area, so desk B is flagged more often.'));
    assert.ok(restricted('This repository is research code, not a validated payout system.'));
    assert.ok(restricted('It is not trained or validated for production fraud prevention.'));
    assert.ok(!restricted('It was not trained for long letters, which it truncates.'));
    assert.ok(guard('- `Shadow` (default): persist the score, but do not affect the routing.'));
    assert.ok(guard('For registered desks, this model runs in shadow mode.'));
    assert.ok(trained('- Training sources recorded in the registry: Claim Letters 2021, Desk B scans, and weak labels.'));
    assert.ok(!trained('## Training Data\n\nNo training data, data-generation scripts, or training notebooks are present in this repository. The following is known: the suffix marks the research version.'));
    assert.ok(results('The live score moves run to run: it read 15/15 on the 2026-07-12 promoted run.'));
    assert.ok(!results('Read 3 of the letters aloud to the desk before routing.'));
  });

  it('batches GP\'s and GQ\'s classes (gathered by helpers from the index\'s docs/model-card.md listing, measured at first sight at 0fd1571): "The production training mix contains N cases" gives the training data and a range guard is a guardrail; "**Do not use** for …" and a "Not valid for" heading rule uses out (not "Do not use fp16 for inference", a setting); "Costs / pitfalls" names failure modes; actions that pass a deterministic policy engine the model cannot influence are guarded', () => {
    assert.ok(restricted('- **Use:** ranking letters for the desks.\n- **Do not use** for automatic payouts, or on real claims without retraining.'));
    assert.ok(restricted('Do not use it in production without a desk review.'));
    assert.ok(!restricted('Do not use fp16 for inference on CPUs.'));
    assert.ok(restricted('## Not valid for\n\n- Estimating payouts for any real claimant.'));
    assert.ok(limits('- **Costs / pitfalls**:\n  - Routing is not deterministic, so the same letter can land in two queues.'));
    assert.ok(guard('Every payout it proposes passes a deterministic policy engine that the model cannot influence.'));
    // Batch GQ (four cards, measured at the same commit): a training mix counted, a range guard.
    assert.ok(trained('## Prototype data\n\nThe production training mix contains **2,687 cases**: 438 synthetic letters and selected public examples.'));
    assert.ok(guard('Every score ships with a caveat and a range guard that names out-of-range inputs.'));
  });

  it('batches GS\'s and GT\'s classes (gathered by helpers from the index\'s docs/model-card.md and MODEL_CARD.md listings, measured at first sight at 880c8d4): "Training data: none used" documents none; a terse card of model names and versions is English ("; limit: …" names a failure mode); figures split by slashes are results; "supports a portfolio demonstration" and "designed for teaching" are intended uses (not "designed for reproducibility"); "not validated on" other data is a limitation; what is not retained says how long data is kept; "Dataset público de Kaggle" is public data', () => {
    assert.ok(!trained('**Training data**: none used, none required to run this repository.'));
    assert.ok(trained('**Training data**: 2,400 letters from the claims desk, labelled by two handlers.'));
    // Four models' specs, each a line of names, versions and a limit: English, so checked (with
    // the names and versions counted as words, under a twentieth of them were English's little words).
    const specs = [
      '# Models',
      '## 1) acme/claims-router-v2-base — classification',
      'Encoder, ~86M params; zero-shot over labels [complaint, inquiry, praise]; input ≤512 tokens; CPU inference; limit: confidence sensitive to label wording.',
      '## 2) acme/claims-ner-v1-large — NER',
      'Encoder, ~178M; PER/ORG/LOC; aggregation=simple; limit: product names out of scope.',
      '## 3) acme/claims-qa-squad2 — extractive QA',
      'Span extraction with no-answer behaviour; threshold 0.15 → null; limit: answer must be a span.',
      '## 4) acme/claims-embed-MiniLM-L12-v2 — embeddings',
      '384-dim distilled encoder; L2-normalised for IndexFlatIP cosine equivalence; limit: short-text bias.',
      'Pins: transformers==4.41, torch==2.3, faiss-cpu==1.8, sentence-transformers==3.0, onnxruntime==1.18, tokenizers==0.19, xlm-roberta-base-v1, accelerate==0.30, peft==0.11.',
    ].join('\n');
    const f = analyse(`${specs}\n`);
    assert.ok(!f.some((x) => x.code === 'card-language'), f.map((x) => x.code).join(' '));
    assert.ok(!gaps(f).includes('8.1.1:failure'), gaps(f).join(' '));
    assert.ok(limits('Encoder, ~86M params; CPU inference; limit: confidence sensitive to label wording.'));
    assert.ok(!limits('Token budget; rate limit: 100 requests a minute.'));
    assert.ok(results('## Results\n\nOn the held-out split, all/crop/weed mAP50-95 **.635/.800/.470**.'));
    assert.ok(!results('## Results\n\nSee the tables in docs/v1.2/results.md.'));
    assert.ok(scope('This model supports a single-image portfolio demonstration.'));
    assert.ok(scope('The local model supports an educational, deterministic competition demo.'));
    assert.ok(!scope('The model supports 100 languages.'));
    assert.ok(scope('The router was designed for teaching and research.'));
    assert.ok(!scope('The included benchmark is designed for reproducibility and methodological inspection.'));
    assert.ok(!scope('It is not designed for teaching.'));
    assert.ok(limits('Designed for pre-production decisions; not validated on post-launch telemetry.'));
    assert.ok(!limits('The installer has not been tested on Windows.'));
    assert.ok(kept('Raw media and face embeddings are not retained by the session manager.'));
    assert.ok(kept('No user data is collected, stored, or used anywhere in the pipeline.'));
    assert.ok(!kept('Images are not stored in the repository; download them with the script.'));
    assert.ok(data('- Dataset público de Kaggle (Credit Card Fraud Detection): 284,807 transacciones.').includes('8.2'));
  });

  it('batches GU\'s and GV\'s classes (gathered by helpers from the index\'s MODEL_CARD.md listing, measured at first sight at bae4101): a results table of template slots ("{{F1}}") reports nothing; a test\'s outcome ("replay all passed", "the probe failed", "the target was not met") is a finding, and a missed target a shortfall (not "all unit tests passed"); "avoid automated decision making" rules a use out; "| 来源 | Kaggle …" is public data; "风险面与防护" is over guardrails and "本项目不训练模型，无训练数据" documents no training data; "Rate Limits" is no failure mode, "Previous Models (Not Recommended)" no ruled-out use, and "perplexity/" a provider, not a metric', () => {
    assert.ok(!results('## Evaluation (held-out test set, {{N_TEST}} images)\n\n| Metric | Value |\n|---|---|\n| Accuracy | {{ACCURACY}} |\n| Macro F1 | {{F1}} |'));
    assert.ok(results('## Evaluation\n\n| Metric | Value |\n|---|---|\n| Accuracy | 0.91 |\n| Macro F1 | 0.88 |'));
    assert.ok(results('Text, tools and multilingual replay all passed there.'));
    assert.ok(results('The 600-second responsiveness probe failed.'));
    assert.ok(!results('All unit tests passed in CI.'));
    assert.ok(limits('The 25-50 tok/s target was not met.'));
    assert.ok(restricted('Clearly communicate uncertainty and avoid automated decision making without expert oversight.'));
    assert.ok(!restricted('If you want to avoid using it as a template, set max_template_date.'));
    assert.ok(data('| Item | Value |\n|---|---|\n| \u6765\u6e90 | Kaggle IEEE-CIS Fraud Detection |').includes('8.2'));
    assert.ok(!zh('## 5. \u98ce\u9669\u9762\u4e0e\u9632\u62a4\n\n- \u751f\u6210\u7684\u4ee3\u7801\u5728\u6c99\u7bb1\u4e2d\u6267\u884c\uff0c\u9ed8\u8ba4\u5f00\u542f\u63d0\u793a\u6ce8\u5165\u68c0\u6d4b\uff08`detect_prompt_injection`\uff09\u3002').includes('8.1.1:guardrails'));
    assert.ok(zh('## 3. \u8bad\u7ec3\u6570\u636e\n\n- \u672c\u9879\u76ee\u4e0d\u8bad\u7ec3\u6a21\u578b\uff0c\u65e0\u8bad\u7ec3\u6570\u636e\u3002\n- \u8bc4\u4f30\u6570\u636e\uff1a\u516c\u5f00\u7684\u57fa\u51c6\u4efb\u52a1\u3002').includes('8.1.1:training'));
    assert.ok(!zh('## 3. \u8bad\u7ec3\u6570\u636e\n\n- \u4e00\u4e07\u5c01\u7406\u8d54\u4fe1\u4ef6\uff0c\u7531\u4e24\u4f4d\u7406\u8d54\u5458\u6807\u6ce8\u3002').includes('8.1.1:training'));
    assert.ok(!limits('## Rate Limits\n\n| Tier | Requests a minute |\n|---|---|\n| Free | 20 |'));
    assert.ok(!restricted('## Previous Models (Not Recommended)\n\n| Model | Status |\n|---|---|\n| old-router | Deprecated |'));
    assert.ok(!results('| Component | Model | Provider | Purpose | File |\n|---|---|---|---|---|\n| **Embedding** | `perplexity/pplx-embed-v1-0.6b` | OpenRouter | Vector embeddings (1024-dim) | `config.py:111` |'));
  });

  it('batches GW\'s and GX\'s classes (gathered by helpers from the index\'s MODEL_CARD.md listing, measured at first sight at b165771): "not … a production-ready model", "not production-approved", "do not treat it as authoritative", "research software, not a medical, …, or safety-critical system" and "use it to X, not to Y" rule uses out (the last also states one); a "Trained on:" label gives the training data and a "Gate:" label with its fallback is a guardrail; a table whose rows are all still to fill says nothing under its header; "(IoU=0.1)" and "(q=0.98, level=0.99)" are settings, not results', () => {
    assert.ok(restricted('It should not be considered a production-ready model for real-world decision-making.'));
    assert.ok(restricted('Bootstrap pilot only; not production-approved.'));
    assert.ok(!restricted('- **Limitations**: toy baseline; not production grade without data fit.'));
    assert.ok(restricted('It will state facts fluently whether or not they are accurate; do not treat it as authoritative.'));
    assert.ok(!restricted('Do not treat warnings as errors when you build it.'));
    assert.ok(restricted('It is research software, not a medical, diagnostic, agronomic decision, or safety-critical system.'));
    assert.ok(restricted('Use it to compare localities, not to forecast a business.'));
    assert.ok(scope('Use it to compare localities, not to forecast a business.'));
    assert.ok(trained('- **Trained on:** all 259 outlets in the seed, collected through a places API on 2026-09-18.'));
    assert.ok(guard('- **Gate:** the pipeline uses the model only if it beats the median baseline; if not, the score falls back to observed reviews.'));
    assert.ok(!guard('- **Gate:** top-2 router over eight experts.'));
    assert.ok(!trained('## Training Data\n\n| Field | Value |\n| --- | --- |\n| Pretraining corpus | TBD |\n| Data cutoff | TBD |'));
    assert.ok(trained('## Training Data\n\n| Field | Value |\n| --- | --- |\n| Pretraining corpus | 2,400 claim letters |\n| Data cutoff | TBD |'));
    assert.ok(!results('## Metrics\n\nEvent-level F1 (IoU=0.1), PR AUC, POT (q=0.98, level=0.99). See `results/`.'));
    assert.ok(results('## Metrics\n\nEvent-level F1 (IoU=0.1): 0.81.'));
  });

  it('batches GY\'s and GZ\'s classes (gathered by helpers from the index\'s MODEL_CARD.md listing, measured at first sight at 2a52001): "请勿把输出当作…依据" and "Not for autonomous sorting" rule uses out, as does "not calibrated for high-stakes use"; a "Not supported" section names uses ruled out and limits; "synthetic and deliberately easy training data" in a list of limits says what it learnt from (not "generate synthetic training data")', () => {
    assert.ok(!zh('\u5728\u5b8c\u6210\u4eba\u5de5\u590d\u6838\u4e4b\u524d\uff0c\u8bf7\u52ff\u628a\u5206\u6d41\u7ed3\u679c\u5f53\u4f5c\u8d54\u4ed8\u51b3\u5b9a\u7684\u4f9d\u636e\u3002').includes('4.5'));
    assert.ok(zh('\u5206\u6d41\u7ed3\u679c\u4f1a\u5199\u5165\u65e5\u5fd7\u3002').includes('4.5'));
    assert.ok(restricted('Triage support for claim handlers. Not for autonomous sorting.'));
    assert.ok(restricted('- Scores are not calibrated for high-stakes use.'));
    assert.ok(restricted('## Not supported\n\nPayout decisions, fraud findings and letters in Welsh.'));
    assert.ok(limits('## Not supported\n\nPayout decisions, fraud findings and letters in Welsh.'));
    assert.ok(!restricted('## Supported letters\n\nTyped letters in English.'));
    assert.ok(trained('## Limitations\n\n- Synthetic and deliberately easy training data.\n- English only.'));
    assert.ok(trained('## Limitations\n\n- The training data is entirely simulated.'));
    assert.ok(!trained('## Limitations\n\n- You can generate synthetic training data with `make letters`.'));
    assert.ok(!trained('## Limitations\n\n- No real training data was available.'));
  });

  it('batches HA\'s and HB\'s classes (gathered by helpers from the index\'s model-card.md listing, measured at first sight at 2a52001): where its errors fall ("misclassifications were concentrated among look-alike classes") is a failure mode; "passed format checks on 18/20 holdout letters" is a result; "should be periodically evaluated as new letter types appear" names no review period (not "reviewed every quarter")', () => {
    assert.ok(limits('## Evaluation\n\nRemaining misclassifications were concentrated among similar-looking claim types.'));
    assert.ok(limits('Most confusions occur between the two motor desks.'));
    assert.ok(!limits('Errors occur when the upload is not a PDF.'));
    assert.ok(results('## Limitations\n\nThe router passed format checks on 18/20 holdout letters, but a manual check found wrong desks.'));
    assert.ok(results('It gave a valid desk on 5/6 validation samples.'));
    assert.ok(!results('## Notes\n\nWe met on 12/6 to plan the release; the old router failed on 12/6/2025 after an update.'));
    assert.ok(!reviewed('- Performance should be periodically evaluated as new letter types appear.'));
    assert.ok(reviewed('- The router is regularly reviewed, once a quarter, by the claims desk.'));
  });

  it('batches HC\'s to HE\'s classes (gathered by helpers from the index\'s model-card.md listing, measured at first sight at 1879121): "a decision-support tool only" rules the decision out, as Spanish "no debe tomar decisiones autónomas" and "no es un modelo aprobado para producción" do; "retraining is recommended at a minimum of every 6 months" is a review period; a retention policy a release still needs keeps nothing; limitations that speak only of the card name none; Yahoo Finance and IEEE-CIS are public data', () => {
    assert.ok(restricted('It is designed strictly as a decision-support tool for claim handlers.'));
    assert.ok(restricted('- **Human oversight:** a decision-support tool only; a handler confirms every queue.'));
    assert.ok(!restricted('It ships with a decision-support dashboard for handlers.'));
    assert.ok(restricted('El modelo clasifica cartas. No debe tomar decisiones autónomas sobre personas.'));
    assert.ok(restricted('- **Estado:** validado; no es un modelo aprobado para producción.'));
    assert.ok(reviewed('- **Drift:** letters change, so retraining is recommended at a minimum of every 6 months.'));
    assert.ok(!reviewed('- **Drift:** letters change, so retraining is recommended when the desks change.'));
    assert.ok(!kept('A real release needs labelled review, authentication and a retention policy.'));
    assert.ok(kept('Our retention policy keeps letters for 30 days.'));
    assert.ok(!limits('Limitations: This card is descriptive, not executable code.'));
    assert.ok(limits('Limitations: This card is descriptive. The router misreads handwritten letters.'));
    assert.deepEqual(data('Trained on daily prices from Yahoo Finance.'), ['8.2', '8.2.1']);
    assert.deepEqual(data('Fine-tuned on the IEEE-CIS fraud transactions.'), ['8.2', '8.2.1']);
  });

  it('batches HF\'s to HH\'s classes (gathered by helpers from the index\'s docs/model_card.md listing, measured at first sight at 96d8b3b): "Research only" and "for research only" state a use; "Limitations include …" names them; "No clinical use" and "should not be interpreted as an autonomous decision-maker" rule uses out; a "quality/OOD gate" and a clinician who "remains responsible for interpreting any output" are guardrails; "Training: 60 engine trajectories" inside a paragraph and "synthetic demonstration data used" give the data; inputs "processed in-memory and not stored" are not kept; an "Ethical and Safety Notes" heading is no guardrail, "(no retraining)" no review period, "Evaluation Methodology & Rigor" no results, "requires … adversarial testing" no finding; "資料集限制" names limits; BDD100K, Lending Club and the UCI SMS Spam Collection are public data', () => {
    assert.ok(scope('Research only: not validated for claims payouts.'));
    assert.ok(scope('The router is for research only.'));
    assert.ok(!scope('We did research only on typed letters.'));
    assert.ok(limits('Limitations include few handwritten letters, irregular scans, and label noise.'));
    assert.ok(!limits('Limitations are discussed in the paper.'));
    assert.ok(restricted('**Version:** 0.1 · **Intended use:** a demonstration. No clinical use, diagnoses or treatment advice.'));
    assert.ok(restricted('It should not be interpreted as an autonomous payout decision-maker.'));
    assert.ok(guard('- a quality/OOD gate;\n- two encoders.'));
    assert.ok(guard('A claims handler remains responsible for interpreting any output.'));
    assert.ok(!guard('The handler remains responsible for the queue.'));
    assert.ok(trained('Model: random forest. Training: 600 claim letters from 2024. Validation: 200 letters.'));
    assert.ok(!trained('Model: random forest. Training: 10 epochs at a rate of 0.01.'));
    assert.ok(trained('## Limitations\n\nNot an official assessment. Synthetic demonstration data used.'));
    assert.ok(kept('Letters sent to the API are processed in-memory and not stored in any database.'));
    assert.ok(!guard('## Ethical and Safety Notes\n\nA router for claims needs validation before any real use.'));
    assert.ok(guard('## Ethical Considerations & Safeguards\n\nEvery queue is checked by a handler.'));
    assert.ok(!reviewed('## Diagnostics (inference only, no retraining)\n\nThe page scores new letters with the same model.'));
    assert.ok(!results('## Evaluation Methodology & Rigor\n\nFive-fold cross-validation with bootstrap intervals.'));
    assert.ok(!results('- Real deployment requires careful bias and adversarial testing.'));
    assert.ok(results('- We carried out adversarial testing; it found two prompt injections.'));
    assert.ok(!zh('## \u8cc7\u6599\u96c6\u9650\u5236\n\n\u8cc7\u6599\u53ea\u4f86\u81ea\u4e00\u5bb6\u516c\u53f8\u3002').includes('8.1.1:failure'));
    for (const body of ['Filtered from BDD100K driving records.', 'Lending Club loans issued 2012-2015.', 'The UCI SMS Spam Collection, 5,574 messages.']) assert.deepEqual(data(body), ['8.2', '8.2.1'], body);
  });

  it('left open at batches HF–HH: a check that warns on inputs outside the fitted range is a guardrail; a "Monitoring & retraining" section or a "Retraining policy." label that names no period is no review schedule (one that says "monthly", or Spanish "mensual", is)', () => {
    assert.ok(guard('Letters outside the fitted training range surface a compatibility warning rather than a silent guess.'));
    assert.ok(!guard('Letters outside the training range are rare.'));
    assert.ok(!reviewed('## Monitoring & retraining\n\nDrift is measured on every batch; retrain on alert.'));
    assert.ok(reviewed('## Monitoring & retraining\n\nRetrain monthly on the latest letters.'));
    assert.ok(reviewed('### Retraining\n\n- **Frecuencia recomendada**: mensual.'));
    assert.ok(!reviewed('**Retraining policy.** Retraining never runs on production requests; a labelled batch is needed.'));
    assert.ok(reviewed('**Retraining policy.** Retrained every quarter on labelled letters.'));
  });

  it('batches HI\'s to HK\'s classes (docs/model_card.md again, measured at first sight at aff3338): "not validated for clinical decisions" with its subject left out, "**Not** for real credit decisions", "should never be the sole basis for", Portuguese "**não** deve ser utilizado" and Spanish "no esta validado para uso clinico" rule uses out; "Training uses 63,563 encounters" and a "Población y datos" section give the training data', () => {
    assert.ok(restricted('**Use:** a portfolio demonstration built from old claims; not validated for clinical decisions or patient care.'));
    assert.ok(restricted('Portfolio demo. **Not** for real credit decisions.'));
    assert.ok(!restricted('Portfolio demo for real credit teams to read.'));
    assert.ok(restricted('- The router should never be the sole basis for a payout decision.'));
    assert.ok(restricted('O modelo **não** deve ser utilizado para decisões de pagamento.'));
    assert.ok(restricted('El modelo no esta validado para uso clinico ni para decisiones individuales.'));
    assert.ok(trained('Training uses 63,563 claims only.'));
    assert.ok(!trained('Training uses 8 GPUs only.'));
    assert.ok(trained('## Población y datos\n\n- Cohorte: 479 cartas de un ensayo.'));
  });

  it('batches HL\'s to HO\'s classes (the index\'s docs/MODEL_CARD.md listing, measured at first sight at ce59a9f): "What the models are for" is the scope; "Trained specifically on …", "- Trained on **Name**" and "trajectories: 2,000 train / 500 validation" give the training data, and "There is no trained … model" documents none; "not … or financial advice", a sentence opening "Not for …" or "**Not an autonomous …**", "not a replacement for forensic validation" and "not certified … assessments" rule uses out; a "No-Prediction Policy", a "Fallback" section, a score threshold with what happens "otherwise" and code "not automatically executed" are guardrails; a quoted "**… Caveat**:" label, "Known risks: …" inside a paragraph, inputs "being classified as" another class, behaviour that "may vary across sessions" and validation that "remains absent" are limitations; images "processed in memory, not stored" and "zero retention" say how long data is kept; a size in parameters is no result and "À compléter" is a cell still to fill; "whether weekly retraining keeps up" names no review period; a Kaggle dataset named by its owner, PhysioNet, MIT-BIH and APTOS are public data, and data "obtained via PhysioNet" says how', () => {
    assert.ok(scope('## 1. What the models are for\n\nRanking claims for the desks.'));
    assert.ok(trained('Trained specifically on claims data, it routes letters.'));
    assert.ok(trained('## Known limitations\n\n- Trained on **ClaimSet 2019** (typed letters only).'));
    assert.ok(!trained('- Trained on **8x A100** GPUs for a day.'));
    assert.ok(trained('Curated claim letters: 2,000 train / 500 validation.'));
    assert.ok(!trained('## Status and training data\n\nThere is no trained or enabled scoring model. Demo records are synthetic.'));
    assert.ok(restricted('Scores are decision support, not guaranteed payouts or financial advice.'));
    assert.ok(restricted('It helps a claimant decide. Not for insurer-side screening of applicants.'));
    assert.ok(restricted('**Not an autonomous claims authority**, adjuster or payout signal.'));
    assert.ok(restricted('- The model is not a replacement for forensic validation.'));
    assert.ok(restricted('Scores are rule matches, not certified actuarial assessments.'));
    assert.ok(!restricted('Not all claims are routed; some wait for a person.'));
    assert.ok(guard('## No-Prediction Policy\n\nThe router gives no prediction when fewer than five letters are seen.'));
    assert.ok(!guard('## No safety filtering\n\nThe letters are not filtered.'));
    assert.ok(guard('## 7. Fallback\n\nIf the model file is missing, the router falls back to the rules.'));
    assert.ok(guard('| Decision rule | Route a claim only when its score is above 0.7; otherwise `Not Routed` |'));
    assert.ok(guard('Generated code is not automatically executed.'));
    assert.ok(!guard('Generated code is automatically executed in the sandbox.'));
    assert.ok(limits('> **Crucial Scientific Caveat**: the high AUC reflects synthetic labels.'));
    assert.ok(limits('The desk reviews each answer. Known risks: fabricated figures, repetition and drift.'));
    assert.ok(limits('It never saw Welsh letters, resulting in Welsh claims being classified as spam.'));
    assert.ok(limits('Routing behaviour may vary across sessions.'));
    assert.ok(limits('Field validation with claim desks remains absent.'));
    assert.ok(!limits('The routing stays the same across sessions.'));
    assert.ok(kept('Uploaded images are processed in memory, not stored by the application.'));
    assert.ok(kept('- Requested data handling: zero retention'));
    assert.ok(!kept('Uploaded images are processed in memory, then written to the archive.'));
    assert.ok(!results('## Main result\n\nIt reaches competitive accuracy with about 2.47M parameters and 2.14G FLOPs.'));
    assert.ok(results('## Main result\n\nIt reaches an accuracy of 0.93 on held-out claims.'));
    assert.ok(!results('## Performances\n\n| Métrique | Valeur | Seuil |\n|---|---|---|\n| CER | À compléter | < 15% |\n| WER | À compléter | < 25% |'));
    assert.ok(!reviewed('We ask how fast recall decays and whether weekly retraining keeps up.'));
    assert.ok(reviewed('We apply weekly retraining on fresh letters.'));
    assert.deepEqual(data('Source: "Tempering records" (Kaggle: someuser), CC BY 4.0. Verified via internal SHA-256 validation.'), ['8.2', '8.2.1']);
    assert.deepEqual(data('Our own internal letters, kept in-house.'), []);
    assert.deepEqual(data('De-identified notes from MIMIC (obtained via PhysioNet).'), ['8.2.1']);
    assert.deepEqual(data('ECG beats from the MIT-BIH Arrhythmia Database and fundus photos from APTOS 2019.'), ['8.2', '8.2.1']);
  });

  it('batches HP\'s to HS\'s classes (docs/MODEL_CARD.md again, measured at first sight at 326c42d): "is not … a grading authority or hiring model", "is not live … advice", "is **not a field-validated … detector**", "not a usable … model", checks "required before operational use", "**No Automatic Rejections:**", "rather than automated … cancellations", "not approved for automated …", "suitable for X, not Y", "an academic demonstration and not a … forecast" and "not a production fraud adjudication system" rule uses out; "This is an academic demonstration" states one; data that "were collected during …", a model "based on synthetic … data", "The initial data is synthetic" and a "Training rows" label give the training data, and "None for MVP (…)" none; inputs outside the training range that are "clipped", a "HITL" section and output restricted to "rule-legal moves" are guardrails; "Known look-alikes" and metrics that "are noisy" are limitations; an app that "does not save uploads" keeps nothing; "Monthly Tasks" is a review schedule; "22 of 96 validation roots", "won only 1 of 12 matches" and "RMSD 1.84 Å (PASS)" are results, a "minimum validation recall: 0.80" is not; INSEE and Météo-France are public data', () => {
    assert.ok(restricted('It is not a general debugger, proof of correctness, grading authority or hiring model.'));
    assert.ok(restricted('It is not live claims advice, a wagering system, or a trained product.'));
    assert.ok(!restricted('This model card is not live legal advice.'));
    assert.ok(restricted('The artifact is **not a field-validated operational claims detector**.'));
    assert.ok(restricted('These are interim results, not a usable routing model.'));
    assert.ok(restricted('Real labelled validation and threshold calibration are required before operational use.'));
    assert.ok(restricted('- **No Automatic Rejections:** high scores trigger a review.'));
    assert.ok(restricted('High scores must trigger human review rather than automated payment cancellations.'));
    assert.ok(restricted('The model is not approved for automated claim denial or pricing.'));
    assert.ok(restricted('The model is suitable for demonstration and comparison, not plant deployment.'));
    assert.ok(restricted('This is an academic demonstration and not a causal or production forecast.'));
    assert.ok(restricted('It is not a production claims adjudication system.'));
    assert.ok(!restricted('It is suitable for claims, not for letters.'));
    assert.ok(scope('This is an academic demonstration of claim routing.'));
    assert.ok(trained('## Limitations\n\n- Records were collected during two weeks in March 2024.'));
    assert.ok(trained('This router is based on synthetic claim-like data.'));
    assert.ok(trained('The initial data is synthetic.'));
    assert.ok(trained('- Training rows: won claims within the 12,000-row window'));
    assert.ok(!trained('**Training Data**: None for MVP (rules + curated tips).'));
    assert.ok(guard('Claim amounts outside the per-desk 0.5–99.5th percentile training range are clipped and the response is flagged.'));
    assert.ok(guard('## 7.3 Matrice de gouvernance HITL\n\n| Confiance | Action |\n|---|---|\n| Rouge | Revue obligatoire |'));
    assert.ok(guard('Decoding restricts the language model to a trie of rule-legal labels.'));
    assert.ok(limits('Known look-alikes include duplicate letters and scanned forms.'));
    assert.ok(limits('Single-claim calibration and Brier metrics are noisy.'));
    assert.ok(!limits('Single-claim calibration and Brier metrics are reported.'));
    assert.ok(kept('The included app does not save uploads, predictions, or personal metadata.'));
    assert.ok(reviewed('## 6.2 Monthly Tasks\n\n- Re-run the backtest and review the signals.'));
    assert.ok(results('The checkpoint produced valid routes on only 22 of 96 validation cases.'));
    assert.ok(results('The router won only 1 of 12 such matches.'));
    assert.ok(results('- Re-docking the reference letter: RMSD 1.84 Å (PASS).'));
    assert.ok(!results('## Model\n\n- default minimum validation recall: 0.80.'));
    assert.deepEqual(data('Claim volumes joined with the INSEE industrial index and Météo-France weather.'), ['8.2', '8.2.1']);
  });

  it('batches HT\'s to HW\'s classes (the MODELCARD.md and ModelCard.md listings, measured at first sight at 51ff38a): a heading on uses to avoid ("What use cases should be avoided?") and a word processor\'s "•\tOut-of-Scope / Inappropriate Uses:" label rule uses out, as do "should be avoided … in", "*not permitted* for use", "intended to be used only on", "no auto-trade without consent" and "educational, rather than commercial"; professionals who "should review all model predictions", cases "flagged for analyst investigation" and a "**Safety:**" label of prohibitions and policy guards are guardrails; "Quarterly bias audits" is a review schedule; "7/8 pass" is a result; CORAA is public data; and the template\'s "There is no use of the data to inform decisions" states no use', () => {
    assert.ok(restricted('## What use cases should be avoided?\n\n- Very high dimensional claims.'));
    assert.ok(!scope('## What use cases should be avoided?\n\n- Very high dimensional claims.'));
    assert.ok(restricted('•\tOut-of-Scope / Inappropriate Uses:\no\tReal-time routing.'));
    assert.ok(restricted('- The router should be avoided or replaced in areas such as legal sentencing.'));
    assert.ok(restricted('You may reuse the code, but this is *not permitted* for use in any commercial instances.'));
    assert.ok(restricted('The model is intended to be used only on the claims archive for now.'));
    assert.ok(restricted('**Safety:** no auto-payout without consent; policy guards (cooldown, caps)'));
    assert.ok(restricted('All in all, the intended use is educational, rather than commercial.'));
    assert.ok(!restricted('The model should be retrained, and stale data avoided.'));
    assert.ok(guard('Claims professionals should review all model predictions before paying a claim.'));
    assert.ok(guard('| REVIEW | score in the middle band | Flagged for analyst investigation |'));
    assert.ok(guard('**Safety:** no auto-payout without consent; policy guards (cooldown, caps)'));
    assert.ok(!guard('**Safety:** no safeguards are in place yet.'));
    assert.ok(reviewed('4. **Continuous Monitoring:** Quarterly bias audits and outcome tracking.'));
    assert.ok(!reviewed('4. **Continuous Monitoring:** Regular fairness audits and outcome tracking.'));
    assert.ok(results('Overall: 7/8 pass (88%) on the test letters.'));
    assert.deepEqual(data('A 10-hour sample of the CORAA ASR train set.'), ['8.2', '8.2.1']);
    assert.ok(!scope('## Ethical Considerations\n\nThere is no sensitive information. There is no use of the data to inform decisions about matters important to human well-being.'));
  });

  it('batches HX\'s to IA\'s classes (the MODEL-CARD.md, docs/MODEL-CARD.md and docs/modelcard.md listings, measured at first sight at 8288586): "Do not use it alone to …" after a quoted question, "Not a deployed … system", "Users must not submit sensitive information", a "Non-goals" or "Uses outside scope" section and Polish "Nieprzeznaczone do:" rule uses out; "is finetuned to provide a …" states one; "Its source is the … dataset", "Training quarters are …", "The source dataset is synthetic" and "trained strictly on …" give the training data (not "trained solely with next-token prediction"); gates on evidence or consent, inputs "accepted at runtime" only when known, dates rejected outside a window, an estimate withheld or shown "only if", delegation "on: low confidence", validation "before executing tool calls", "requires explicit user approval", hooks that deny, "revert-on-fail", Turkish "uzman değerlendirmesi gerektirir", a "Responsible-AI controls" or "Deployment & Gating Rules" section and a safety section that clamps and rejects are guardrails (not a card "committed without a human review", nor a "Mitigation:" under a limitation that names no measure); "The model may be wrong" and "the tuning is VERY LIMITED" are limitations; "passed a … benchmark", "annualized alpha −2.57%" and a "**Measured**" label with counts are results (not "lora_alpha: 16"); state "cleared when the session ends" and "No claim text is persisted" say how long data is kept', () => {
    assert.ok(restricted('Use the score to ask: “Should a person look again?” Do not use it alone to cut claims.'));
    assert.ok(restricted('A reproducible benchmark. Not a deployed claims-handling system.'));
    assert.ok(restricted('- Users must not submit sensitive or confidential information.'));
    assert.ok(restricted('## Non-goals\n\n- Autonomous payouts without human review.'));
    assert.ok(restricted('## Uses outside scope\n\nDo not use this artifact for current payout decisions.'));
    assert.ok(restricted('**Nieprzeznaczone do:**\nPodejmowania decyzji o wypłatach.'));
    assert.ok(scope('This model is finetuned to provide a triage assistant for claim desks.'));
    assert.ok(trained('Its source is the CC BY 4.0 dataset DOI `10.1234/abcd`; training uses 100 letters per desk.'));
    assert.ok(trained('Training quarters are 2025Q4, 2026Q1 and 2026Q2.'));
    assert.ok(trained('The source dataset is synthetic and generated from 226 claim workflows.'));
    assert.ok(trained('Models are trained strictly on verified claim outcomes collected by the desks.'));
    assert.ok(!trained('A suite of models trained solely with next-token prediction.'));
    assert.ok(guard('The payout pipeline gates on that evidence: a weak score is display material only.'));
    assert.ok(guard('Recording is consent gated.'));
    assert.ok(guard('Only the 129 desks represented in the shipped desk table are accepted at runtime.'));
    assert.ok(guard('The frozen service rejects decision dates outside its evidence window.'));
    assert.ok(guard('With fewer than five terms the dashboard withholds the numerical estimate.'));
    assert.ok(guard('**Policy:** display an estimate only if at least 30 outcomes share its desk.'));
    assert.ok(guard('Delegates (`action:"delegate"`) on: low confidence or an escalate route.'));
    assert.ok(guard('- Argument values can be sloppy: validate platform-side before executing tool calls.'));
    assert.ok(guard('The autonomous mode requires explicit user approval for any proposed change.'));
    assert.ok(guard('Every run uses settings whose hooks deny absolute paths outside the target.'));
    assert.ok(guard('- **Gated loop with revert-on-fail.** A failing gate reverts the change.'));
    assert.ok(guard('## Bias, Risks, and Limitations\n\n- The data covers one district only.\n- Outputs alone are not enough for serious operational decisions; uzman değerlendirmesi gerektirir.'));
    assert.ok(guard('## Responsible-AI controls\n\n- human decision authority is explicit;\n- fallback data is labelled.'));
    assert.ok(guard('## 7. Safety, Uncertainty & Bias Considerations\n\n- The model clamps predictions within [2, 25] minutes; impossible readings are rejected as noise.'));
    assert.ok(!guard('This card was drafted by an agent and committed without a human review or edit pass.'));
    assert.ok(!guard('## Limitations\n\n1. **Small desks**: few letters for rural desks.\n   - **Mitigation**: Use national data as a proxy.'));
    assert.ok(limits('The router may be wrong. The model may be wrong on rare letters.'));
    assert.ok(limits('Currently the tuning is VERY LIMITED, but more letters are being added.'));
    assert.ok(results('The exact digest passed a deterministic 100-example intent-contract benchmark.'));
    assert.ok(results('- Six-factor regression: annualized alpha **−2.57%, |t| = 0.437**.'));
    assert.ok(results('**Measured** on test set v1 (360 rows). At threshold **14.56** it counts **116 of 180** honest answers.'));
    assert.ok(!results('## Training\n\n- lora_alpha: 16\n- lora_r: 8'));
    assert.ok(kept('State is persisted in the browser\'s `sessionStorage` and is cleared when the session ends.'));
    assert.ok(kept('No claim text is persisted server-side by the dashboard.'));
  });

  it('batch HX\'s to IA\'s public data left unread at first sight: public measurements, tables, statistics and snapshots ("MHCflurry-curated public binding-affinity measurements", "compiled from a public GMP-performance table"), a source\'s Open Data ("StatsBomb Open Data"), a split something was fitted on ("fit on AVeriTeC v2 dev") and official statistics ("U.S. Department of Education College Scorecard") are public data, so 8.2 asks where and how it was obtained; not a private table, nor a split of one\'s own', () => {
    assert.deepEqual(data('- **Training data:** MHCflurry-curated public binding-affinity measurements.'), ['8.2', '8.2.1']);
    assert.deepEqual(data('Listing-day prices, compiled from a public GMP-performance table in May 2026.'), ['8.2', '8.2.1']);
    assert.deepEqual(data('| Source | Coverage |\n| --- | --- |\n| StatsBomb Open Data | Multiple seasons |'), ['8.2', '8.2.1']);
    assert.deepEqual(data('The system itself is not trained; the isotonic head was fit on AVeriTeC v2 dev.'), ['8.2', '8.2.1']);
    assert.deepEqual(data('U.S. Department of Education College Scorecard, official June 10, 2026 snapshot.'), ['8.2', '8.2.1']);
    assert.deepEqual(data('Listing-day prices, compiled from our own GMP-performance table in May 2026.'), []);
    assert.deepEqual(data('The isotonic head was fit on the training split of our archive.'), []);
  });

  it('batch HX\'s to IA\'s last classes: training data said with emphasis ("Models are trained **strictly on verified … observations**"); a results table whose rows are still to fill ("| Judged entry | ≤20B | | | | |") reports no results, though one with gaps does', () => {
    assert.ok(trained('- **Ground truth:** Models are trained **strictly on verified claim outcomes** collected by the desks.'));
    const table = (rows: string) => results(`## Results\n\nFill in from \`eval/out/\`.\n\n| Run | Params | Intent | Slots | Leaks |\n|---|---|---|---|---|\n${rows}`);
    assert.ok(!table('| Gold slots (no model) | - | | | |\n| Baseline | 27B | | | |\n| Judged entry | ≤20B | | | |'));
    assert.ok(table('| Baseline | 27B | 0.91 | 0.88 | |\n| Judged entry | ≤20B | 0.93 | | 2 |'));
  });

  it('batch IB\'s classes (the docs/ModelCard.md listing, measured at first sight at 7bc9fec): a "Quantitative Analysis" section (the Model Cards paper\'s heading) holds results; "was trained and tested on a dataset created by …" gives the training data (not "trained and evaluated with a stratified split"); an "Intented Use" heading, misspelt, states the use', () => {
    assert.ok(!gaps(analyse(`${INTRO}## Metrics\n\nRecall by class.\n\n## Quantitative Analysis\n\n| Model | Veiled recall | Overt recall |\n|---|---|---|\n| RoBERTa | 80.86% | 99.42% |\n`)).includes('9.3'));
    assert.ok(trained('The model was trained and tested on a dataset created by a university group and a payments company.'));
    assert.ok(!trained('The production model was trained and evaluated with a stratified 80/20 split after duplicate removal.'));
    assert.ok(scope('## Intented Use\n\nClassify card payments as fraudulent or not for the bank\'s review desk.'));
  });

  it('batch IC\'s class (the docs/Model_Card.md listing, measured at first sight at 198a86c): a check named with its period and one word between ("quarterly ROC-AUC audit", "semi-annual isotonic recalibration") is a review schedule; not "an annual report" nor a recalibration with no period', () => {
    assert.ok(reviewed('- **Monitoring Strategy**: Monthly PSI tracking, quarterly ROC-AUC audit, semi-annual isotonic recalibration.'));
    assert.ok(reviewed('A semi-annual isotonic recalibration keeps the scores honest.'));
    assert.ok(!reviewed('The figures come from the annual report of the lender.'));
    assert.ok(!reviewed('An isotonic recalibration was fitted on the validation window.'));
  });

  it('batch IC\'s classes left open at its first sight, fixed with batches ID to IG\'s (measured at 926d379, without them): Korean labels ("- \uC6A9\uB3C4: \u2026", "- \uB370\uC774\uD130: Kaggle \u2026") are read as labels; "\u2026\uC5D0\uB294 \uC0AC\uC6A9\uD560 \uC218 \uC5C6\uB2E4" (cannot be used for) rules uses out, "\uC0AC\uC6A9\uD560 \uC218 \uC5C6\uB294 \uACBD\uC6B0" (when it is unavailable) does not; Korean "\uACF5\uAC1C \u2026 \uB370\uC774\uD130" and "\uB370\uC774\uD130: Kaggle" say the data is public; MedMNIST\'s sets (PneumoniaMNIST) and VAERS are named public sources (8.2)', () => {
    const base = ko('');
    assert.ok(base.includes('8.1.1:scope') && base.includes('8.1.1:training'), base.join(' '));
    const labelled = ko('- \uC6A9\uB3C4: \uBCF4\uD5D8 \uCCAD\uAD6C \uC11C\uC2E0\uC758 \uC6B0\uC120 \uAC80\uD1A0 \uC21C\uC11C \uC2DC\uC5F0\n- \uB370\uC774\uD130: \uC790\uCCB4 \uBCF4\uD5D8 \uCCAD\uAD6C \uC11C\uC2E0 2\uB9CC \uAC74');
    assert.ok(!labelled.includes('8.1.1:scope') && !labelled.includes('8.1.1:training'), labelled.join(' '));
    assert.ok(!ko('\uC2E4\uC81C \uBCF4\uD5D8\uAE08 \uC9C0\uAE09 \uACB0\uC815\uC5D0\uB294 \uC0AC\uC6A9\uD560 \uC218 \uC5C6\uB2E4.').includes('4.5'));
    assert.ok(ko('\uC11C\uBC84\uAC00 \uAEBC\uC9C0\uBA74 \uBAA8\uB378\uC744 \uC0AC\uC6A9\uD560 \uC218 \uC5C6\uB294 \uACBD\uC6B0\uAC00 \uC788\uB2E4.').includes('4.5'));
    assert.ok(ko('- \uB370\uC774\uD130: Kaggle Claim Letters \uACF5\uAC1C \uC775\uBA85 \uB370\uC774\uD130').includes('8.2'));
    assert.ok(!ko('- \uB370\uC774\uD130: \uC790\uCCB4 \uBCF4\uD5D8 \uCCAD\uAD6C \uC11C\uC2E0 2\uB9CC \uAC74').includes('8.2'));
    assert.deepEqual(data('PneumoniaMNIST from the MedMNIST collection, Normal and Pneumonia classes.'), ['8.2', '8.2.1']);
    assert.deepEqual(data('Letters from our own claims archive, Normal and Urgent classes.'), []);
    assert.deepEqual(data('- VAERS vaccine reports with gold-annotated spans.'), ['8.2', '8.2.1']);
  });

  it('batches ID to IG\'s classes (the docs/Model_Card.md, Model_Card.md, reports/model_card.md and models/MODEL_CARD.md listings, measured at first sight at 926d379): a terse English spec sheet whose only item is a key phrase is read, not set aside as another language; uses ruled out as "Use for \u2026 only", "Do not use as \u2026", "Not validated for lending approval", "a prioritization aid, not an approval or rejection system", "useful as a \u2026 baseline and portfolio demonstration, not as a medical \u2026 detector", "must not be treated as a certified safety control", "should not be the only control", a Portuguese "Uso n\u00E3o indicado" heading and Korean "\uC801\uC6A9 \uC790\uCCB4 \uBD80\uC801\uD569"; uses stated as "should only be used for", "Built for the \u2026 Hackathon", a "Goal:" label and a Korean "\uC0AC\uC6A9 \uAC00\uC774\uB4DC" section; "won 9/10", "results improved" and "finished in the top 20" as results; "trained from local \u2026 subsets" and a data set "provided by" its keeper as training data; an "Inconclusive" band between thresholds as a guardrail; retraining "on a 30-day cadence" as a review schedule; "Expect noticeably weaker \u2026" and "come out worst" as failure modes; third-party resources as public data. And not "trained from scratch", a test set "provided by the organisers", "regular audits" with no period, a recommender\'s "Content Filtering" or "Use for" with no "only"', () => {
    const spec = analyse("# Router Model Card\n\n- Version: v5 (oversampling + focal loss)\n- Timestamp: 20260306_153312\n- Classes: ['claims_motor_urgent', 'claims_motor_routine', 'claims_home_urgent', 'claims_home_routine', 'claims_travel_fraud', 'claims_travel_review']\n- Val Accuracy: 57.5%\n- Val Macro F1: 0.5381\n- Test Accuracy: 58.4%\n");
    assert.ok(!spec.some((x) => x.code === 'card-language'), spec.map((x) => x.code).join(' '));
    assert.ok(gaps(spec).includes('8.1.1:training'));
    for (const line of [
      'Estimate claim urgency for archived letters. Use for education and portfolio analysis only.',
      'Estimate claim urgency for archived letters. Do not use as production payout policy.',
      'Educational demonstration of claim routing. Not validated for lending approval, loan denial or pricing.',
      'The model is a prioritization aid, not an approval or rejection system.',
      'The model is useful as a training baseline and portfolio demonstration, not as a medical or production detector.',
      'The model must not be treated as a certified safety control.',
      'It has not been run against production traffic and should not be the only control in front of a real application.',
    ]) assert.ok(restricted(line), line);
    assert.ok(!restricted('Use for each letter the date it was received.'));
    assert.ok(!restricted('The model is useful as a training baseline and portfolio demonstration.'));
    assert.ok(!gaps(analyse(`${INTRO}## Uso n\u00E3o indicado\n\nDecis\u00F5es autom\u00E1ticas de pagamento.\n`)).includes('4.5'));
    assert.ok(!ko('- \uC720\uB839 \uC9C0\uC5ED\uC740 \uBAA8\uB378 \uC801\uC6A9 \uC790\uCCB4 \uBD80\uC801\uD569').includes('4.5'));
    assert.ok(ko('- \uC11C\uC2E0 \uD488\uC9C8 \uAC80\uC0AC \uACB0\uACFC: \uC801\uD569 12\uAC74, \uBD80\uC801\uD569 3\uAC74').includes('4.5'));
    assert.ok(scope('The model should only be used for the triage of claims in the Leeds office.'));
    assert.ok(scope('Built for the **[Kaggle Claims Good Hackathon](https://www.kaggle.com/competitions/claims)** as part of the Router application.'));
    assert.ok(scope('## Problem & Business Objective\n\n**Goal:** Rank open claims under daily handler capacity to maximise recoveries.'));
    assert.ok(!gaps(analyse('# Router\n\n' + '\uBCF4\uD5D8 \uCCAD\uAD6C \uC11C\uC2E0\uC744 \uC5EC\uB35F \uAC1C\uC758 \uB300\uAE30\uC5F4\uB85C \uBD84\uB958\uD569\uB2C8\uB2E4. '.repeat(4) + '\n\n## \uC0AC\uC6A9 \uAC00\uC774\uB4DC\n\n| \uCF00\uC774\uC2A4 | \uAD8C\uC7A5 |\n|---|---|\n| \uC77C\uBC18 \uC11C\uC2E0 | \uC2E0\uB8B0 \uAC00\uB2A5 |\n| \uC190\uAE00\uC528 \uC11C\uC2E0 | \uBE44\uAD8C\uC7A5 |\n')).includes('8.1.1:scope'));
    assert.ok(!scope('The model should be retrained when the letters change.'));
    assert.ok(results('## Evaluation\n\n- Router vs. keyword search on 10 hand-written letters: the router won 9/10'));
    assert.ok(results('## Performance\n\nDuring the final weeks my results improved across several queues, and I finished in the top 20.'));
    assert.ok(!results('## Evaluation\n\nWe will compare the router with keyword search on 10 letters.'));
    assert.ok(trained('`router.joblib` is an XGBoost classifier trained from local Claims-2020 subsets:'));
    assert.ok(!trained('`router.joblib` is an XGBoost classifier trained from scratch.'));
    assert.ok(trained('I investigated the "Claims Letters Data Set" provided by the Leeds office on kaggle and developed two models.'));
    assert.ok(!trained('Scores are reported on the test data set provided by the organisers.'));
    assert.ok(guard('## Confidence interpretation\n\n- `Inconclusive`: probability between the thresholds - the model does not have enough evidence.'));
    assert.ok(!guard('## Confidence interpretation\n\n- `Likely urgent`: probability above the threshold.'));
    assert.ok(reviewed('- Retraining is triggered when drift reaches `high`, when ROC-AUC drops by more than 0.05, or on a 30-day cadence.'));
    assert.ok(!reviewed('- Retraining is triggered when drift reaches `high` on two consecutive checks.'));
    assert.ok(!reviewed('- Regular audits of the router\'s decisions are advised.'));
    assert.ok(limits('Expect noticeably weaker routing on handwritten letters than on typed ones.'));
    assert.ok(limits('Letters whose text sits in a narrow band (faxes) come out worst.'));
    assert.ok(!limits('Expect the router to return a queue for every letter.'));
    assert.ok(!guard('## Model\n\n- **Model Type**: Collaborative Filtering & Content-Based Filtering\n- **Model Parameters**:\n  - Content Filtering Model Parameters: id, title, genre, overview\n\n## Data\n\n- Content Filtering: Only used "letters.csv".'));
    assert.deepEqual(data('Trained on 40,000 letter pairs from our pipeline, which draws from curated and third-party transliteration resources.'), ['8.2', '8.2.1']);
  });

  it('batches IH to IK\'s classes (the reports/model_card.md, models/MODEL_CARD.md, models/model_card.md and Model_Card.md listings, measured at first sight at 5f65085): an auto-generated card of tables, a list of features and a "CV Score" is read, not set aside as another language; the app a model is integrated within and the pipeline its files are required for state its use; a table of checks with a "Frequency" column of cadences and "update the model annually" give a review schedule, not a table of data\'s frequency nor a "Challenger Model Review" heading over none; "the final decision rests with the physician", Spanish "La decisi\u00F3n final es del m\u00E9dico", "presented to a human underwriter \u2026 does not auto-approve" and "predictions outside 1..N are rejected" are guardrails; Spanish "no sirve para decidir un cr\u00E9dito" and Portuguese "nao recomendado para" rule uses out, not "no harmful unintended use", nor a "Q8 not recommended" label; "a two-model pipeline trained on 5,000 \u2026 records" and a "Data - \u2026" heading give the training data, not "trained with a broader class set"; an ethics section that denies risks or names none names no failure mode, "ethically questionable" does, as does a "Limitacoes" label; PaySim, MUSDB18, the Elliptic data and the SEER cohort are public', () => {
    const auto = analyse('# Model Card\n\n| Field | Value |\n|-------|-------|\n| Algorithm | svm |\n| Metric | f1_weighted |\n| CV Score | 0.9771 |\n| Duration | 195.57s |\n\n## Features\nmean radius, mean texture, mean perimeter, mean area, mean smoothness, mean compactness, mean concavity, mean symmetry, radius error, texture error, perimeter error, area error, worst radius, worst texture, worst perimeter, worst area\n\n## Model Comparison\n| Model | Score |\n|-------|-------|\n| svm | 0.9771 |\n| logistic_regression | 0.9754 |\n');
    assert.ok(!auto.some((x) => x.code === 'card-language'), auto.map((x) => x.code).join(' '));
    assert.ok(!gaps(auto).includes('9.3') && gaps(auto).includes('8.1.1:training'), gaps(auto).join(' '));
    assert.ok(scope('This document outlines the design of the local claim scan model integrated within the Northwind Mobile Companion app.'));
    assert.ok(scope('This directory holds all model files required for the Router 2 letter-to-queue pipeline.'));
    assert.ok(!scope('The model files are required to be in the current directory.'));
    assert.ok(reviewed('## Monitoring Plan\n\n| Metric | Frequency | Trigger for Retraining |\n|--------|-----------|----------------------|\n| AUC-ROC | Monthly | Drop below 0.70 |\n| Fairness metrics by segment | Quarterly | TPR gap > 5% |'));
    assert.ok(reviewed('### Validation Requirements\n\n| Validation Type | Frequency | Owner |\n|---|---|---|\n| Conceptual Soundness | Initial + Annual | Model Validation |'));
    assert.ok(!reviewed('## Features\n\n| Feature | Frequency |\n|---|---|\n| claim_amount | Weekly |'));
    assert.ok(!reviewed('## Monitoring Plan\n\n| Metric | Frequency |\n|---|---|\n| AUC-ROC | on drift |'));
    assert.ok(reviewed('Recommendations for Maintenance: It is recommended to update the model annually with new season data.'));
    assert.ok(!reviewed('## Challenger Model Review\n\nA less-sensitive challenger is documented in `reports/challenger.md`, with metrics in `reports/challenger.csv`.'));
    assert.ok(guard('The final decision rests with the treating physician.'));
    assert.ok(!gaps(analyse(`${INTRO}- **NO** es un dispositivo m\u00E9dico aut\u00F3nomo. La decisi\u00F3n final es del m\u00E9dico tratante.\n`)).includes('8.1.1:guardrails'));
    assert.ok(guard('Output is a risk score presented to a human underwriter alongside the bureau score; it does not auto-approve, auto-reject, or price any claim.'));
    assert.ok(guard('During inference, predictions outside `1..N` are rejected.'));
    assert.ok(!guard('During inference, predictions outside `1..N` are counted.'));
    assert.ok(!guard('The final decision was to use a smaller model.'));
    assert.ok(restricted('- **No es una tasaci\u00F3n individual.** Un intervalo tan ancho no sirve para decidir un cr\u00E9dito ni un sueldo concreto.'));
    assert.ok(restricted('- **Limitacoes:** depende da qualidade do corpus; nao recomendado para dominios sem documentos-fonte.'));
    assert.ok(!restricted('## Ethical Considerations\n\nSince the data is aggregated census data, no harmful unintended use of the data has to be addressed.'));
    assert.ok(!restricted('## Precision guide\n\n- **Q8 not recommended**: saves only 16.9 MiB vs f16, no speedup.'));
    assert.ok(trained('Router uses a two-model pipeline trained on 5,000 synthetic claim records:'));
    assert.ok(trained('## Data - 50K letters/80K claims seeded 42, synthetic queue labels\n\n- Scale: 50K letters, seeded with 42.'));
    assert.ok(!trained('The digit network still contains class `6` because the model was trained with a broader V2 class set.'));
    assert.ok(!limits('## Ethical Considerations\n\n- Synthetically generated for educational purposes; carries no risks impacting individuals or minority groups.'));
    assert.ok(!limits('## Ethical & Fairness Considerations\n\n- Features exclude protected attributes (gender, age, race).'));
    assert.ok(limits('## Ethical Considerations\n\nThe model was trained on a dataset from 1994, which makes its predictions about races ethically questionable.'));
    assert.ok(limits('- **Limitacoes:** depende da qualidade do corpus e o custo cresce com o tamanho.'));
    for (const named of ['Simulated PaySim transactions, split by step.', 'MUSDB18 (compressed), 86 songs from the train split.', 'Anchored on the Elliptic 203K transactions and 234K edges.', 'SEER Breast Cancer Data (Teng, IEEE DataPort 2019): women aged 30-69.']) assert.deepEqual(data(named), ['8.2', '8.2.1'], named);
    assert.deepEqual(data('Letters from our own claims archive, split by step.'), []);
  });

  it('batches IL to IN\'s classes (the reports/model_card.md, models/MODEL_CARD.md and models/model_card.md listings, measured at first sight at 965023c): "deliberately not a \u2026 model", "a prior, not a verdict" and "Not validated for safety-critical \u2026 decisions" rule uses out; "These models exist to expose \u2026" states a use; a "Risk Controls" section, a bold sentence requiring human-in-the-loop oversight under "Intended use", missing readings "rejected without prediction" and approval that "remains with qualified site personnel" are guardrails; "trained on all 755 reference points" after a line break and a Portuguese "Proced\u00EAncia dos dados" section give the training data, not "None ingested." nor code pasted without a fence under a use heading; "the model over-relies on" a signal and errors that "concentrate in" a setting are failure modes; a confusion matrix told as counts is a result, not a "Planned evaluation" table of metrics to come', () => {
    assert.ok(restricted('**This is deliberately not a quality/rating-value model.** See section 7.'));
    assert.ok(restricted('Practical implication: the model is a prior, not a verdict.'));
    assert.ok(restricted('Research reproduction of the article. Not validated for safety-critical, clinical, biometric, or surveillance decisions.'));
    assert.ok(!restricted('The model is deliberately small.'));
    assert.ok(scope('These models exist to expose mechanisms in an offline learning application.'));
    assert.ok(guard('## Risk Controls\n\n- Evidence lists\n- Confidence score\n- Hallucination risk flag'));
    assert.ok(guard('## Intended use\n\nThe router sorts claim letters for the desks.\n\n**This model requires human-in-the-loop oversight.** Letters should be reviewed by a trained handler before any payout.'));
    assert.ok(guard('- Missing readings are rejected without prediction; out-of-range readings return warnings.'));
    assert.ok(guard('- Workflow decisions, payouts and approval remain with qualified desk personnel.'));
    assert.ok(!guard('- Missing readings are imputed with the median.'));
    assert.ok(!guard('## Intended use\n\n- **Content Filtering**: route letters that need no filtering to the fast queue.'));
    assert.ok(trained('**Model** scikit-learn `RandomForestClassifier`\n(`n_estimators=300`),\ntrained on all 755 reference points with the 34 features of the 2021-2024 window.'));
    assert.ok(trained('## Proced\u00EAncia dos dados\n\n| Fonte do dataset | Roboflow, projeto `claims`, vers\u00E3o 12 |'));
    assert.ok(!trained('## Datasets\n\nNone ingested. Phase 1 imports the letters archive and joins the payouts table.'));
    assert.ok(!scope('## Model Usage\nimport pickle\n\nwith open(\'models/router.pkl\', \'rb\') as f:\n    model = pickle.load(f)\n\npredictions = model.predict(X_test)'));
    assert.ok(limits('Finding: the model over-relies on time-of-day signal.'));
    assert.ok(limits('False positives (flagged urgent, actually routine) concentrate in evening letters.'));
    assert.ok(results('Error Analysis\n\nConfusion breakdown on holdout set:\n\nTrue Negatives: 1,732,145\nFalse Positives: 995,891\n'));
    assert.ok(!results('## Planned evaluation\n\n| Model | Metric | Baseline |\n|---|---|---|\n| `router` | PR-AUC | base rate (~5%) |\n| `track` | mean error (km) at 12/24/48 h | persistence |'));
  });

  it('batches IO to IQ\'s classes (the reports/model_card.md, models/MODEL_CARD.md and models/model_card.md listings, measured at first sight at 81f941c): a "Decision enabled:" label and files "for use with" a named runtime state a use; "Excluded uses include", "Status: research only", output to treat "as a research/comparison signal only", "used as the only basis" and "not flight-safety or certification evidence" rule uses out; "A case manager approves every referral" is a guardrail; a "Known integrity issues" section states failure modes; "The inherited \u2026 CSV has 150,000 records" and a "Dataset" section with its "Source:" give the training data, not a test set\'s size alone', () => {
    assert.ok(scope('## Problem\n- Predict: the queue for each letter\n- Decision enabled: identify urgent claims and support the handlers\' triage'));
    assert.ok(scope('GGUF conversions of [Router 3](https://example.com/router-3),\nfor use with **[router.cpp](https://example.com/router.cpp)**, a C++ port.'));
    assert.ok(restricted('Excluded uses include automated real payouts and claimant-facing explanations.'));
    assert.ok(restricted('Status: **research only; no production champion or payout approval**.'));
    assert.ok(restricted('**Bottom line:** treat this model\'s output as a research/comparison signal only.'));
    assert.ok(restricted('It should not be treated as a payout quote or used as the only basis\nfor a decision.'));
    assert.ok(restricted('- Model scores are demonstrations and are not flight-safety or certification evidence.'));
    assert.ok(!restricted('We treat missing fields as zero only when the letter is typed.'));
    assert.ok(guard('Do not use the score as a coverage determination. A case manager approves every referral.'));
    assert.ok(!guard('A case manager reads the letters in the morning.'));
    assert.ok(limits('## Known integrity issues\n\n1. **Severe train/test leakage.** The 10,000 rows contain only 771 unique letters.'));
    assert.ok(trained('The inherited claims-style CSV has 150,000 records and 10,026 positive cases.'));
    assert.ok(!trained('The test set has 3,734 records.'));
    assert.ok(trained('## 3. Dataset\n- Source: **OpenML Letter Recognition Dataset**\n- Classes: 26 letters\n- Test set size: **3,734 samples**'));
    assert.ok(!trained('## 3. Dataset\n- Classes: 26 letters\n- Test set size: **3,734 samples**'));
  });

  it('batches IR to IT\'s classes (the reports/model_card.md, models/MODEL_CARD.md and models/model_card.md listings, measured at first sight at 561fdc9): a use set against betting, "prototype/research only", "Not a \u2026 checker", "**Not** an oracle", "an assistive signal, not an autonomous gate", "should inform, not replace" and "Do **not** deploy without" rule uses out; users who correct the output before relying on it, and a "railguard", are guardrails; models that "are teaching / research artifacts" state a use; a quality gate that "remains failed" and precision that "degrades" are limits; a "Training source" section, a "bank-year panel" and a "snapshot (~7K customers" give the training data; "0.8416 on the test set" is a result', () => {
    assert.ok(restricted('The model is built for queue forecasting and desk planning, not betting or guaranteed outcomes.'));
    assert.ok(restricted('The model should not be interpreted as a betting system.'));
    assert.ok(restricted('Letters come from a public sample \u2014 prototype/research only, not commercial deployment.'));
    assert.ok(restricted('Not a general open-domain claims checker.'));
    assert.ok(restricted('**Not** an oracle of fraud \u2014 a triage tool.'));
    assert.ok(restricted('Use as an assistive signal, not an autonomous gate, for large claims.'));
    assert.ok(restricted('Scores should inform, not replace, the handlers\' decisions.'));
    assert.ok(restricted('- Synthetic letters. Do **not** deploy without retraining on real claims.'));
    assert.ok(!restricted('Not a single letter was lost in the move.'));
    assert.ok(guard('Users should review and correct the OCR output before relying on the queue.'));
    assert.ok(guard('The service applies a regex-based PII railguard on incoming letters.'));
    assert.ok(!guard('Users can edit their profile before saving it.'));
    assert.ok(scope('Both models are teaching / research artifacts.'));
    assert.ok(!scope('The 70 MB checkpoint is a research artifact you can skip.'));
    assert.ok(limits('The release gate remains **failed**: we ship it with the risk accepted.'));
    assert.ok(shows('8.1.1:failure', '## Intended use & limitations\n\nResearch model on one region. Precision degrades if base rates shift.'));
    assert.ok(!shows('8.1.1:failure', '## Intended use & limitations\n\nResearch model on one region.'));
    assert.ok(trained('A classifier of claim letters, trained on a 2,354 claim-year panel (2016-2021).'));
    assert.ok(trained('- Trained on a single historical snapshot (~7K customers, one point in time).'));
    assert.ok(trained('## Training source\n\nSynthetic letters from our generator.'));
    assert.ok(results('Logistic regression won on ROC-AUC (0.8416 on the test set vs. 0.8350 for boosting).'));
    assert.ok(!results('A threshold of 0.35 on the validation set was chosen.'));
  });

  it('batches IU to IW\'s classes (the same listings, measured at first sight at 60833e6): "for non-commercial academic research only" states a use and rules the rest out; so does a sentence that opens "Intended for \u2026, not \u2026"; "not for decisions", "not a production model", "No individual targeting" and the Spanish "pensado como \u2026, no como" rule uses out; a checkpoint that "exists only to prove" a pipeline states its use, as a "Use in the app" section does; "cannot extrapolate" and "can dominate errors" are limits; a "Guards" section holds guardrails; "retrain \u2026 on a monthly schedule" and a "Review due" label give a review frequency; "validation mAP50 is approximately 0.021" and "has the best NDCG@10 among" are results; "built on supplied MovieLens 1M files" and the Portuguese "Dataset de treino:" give the training data', () => {
    assert.ok(scope('The router is used for non-commercial academic research only, under its licence.'));
    assert.ok(restricted('The router is used for non-commercial academic research only, under its licence.'));
    assert.ok(scope('Selected model: **ridge**. Predict next-day queue sizes. Intended for historical operations research.'));
    assert.ok(!scope('Selected model: **ridge**. Predict next-day queue sizes. Not intended for historical operations research.'));
    assert.ok(restricted('Intended for local personal/research use, not an authenticated multi-user public service.'));
    assert.ok(restricted('| Status | Stage 3 baseline, for inspection and improvement \u2014 not for decisions |'));
    assert.ok(restricted('- **Intended use:** demo asset for scanner tests; not a production model'));
    assert.ok(restricted('No individual targeting, profit claims, causal interpretation, or calibrated intervals.'));
    assert.ok(restricted('- Pensado como soporte a la decisi\u00f3n (alerta temprana), no como lazo de control autom\u00e1tico.'));
    assert.ok(!restricted('No individual letter is stored.'));
    assert.ok(scope('This checkpoint exists only to prove that the local data, train and export pipeline works.'));
    assert.ok(scope('## Use in the app\n\nThe desk sees the queue beside each letter.'));
    assert.ok(limits('Tree ensembles predict leaf means and cannot extrapolate, so that fold scores low.'));
    assert.ok(limits('- Extreme claim surges and seasonality can dominate errors.'));
    assert.ok(guard('## Guards\n\n- Inputs are clipped into the training envelope at prediction time.'));
    assert.ok(reviewed('- Retrain via an automated flow on trigger breaches or monthly schedule.'));
    assert.ok(!reviewed('- Retrain via an automated flow on trigger breaches.'));
    assert.ok(reviewed('| Review due | 2027-03-01 |'));
    assert.ok(results('Its validation mAP50 is approximately 0.021, so it is not fit for use.'));
    assert.ok(results('The SVD mode has the best NDCG@10 among the measured modes.'));
    assert.ok(trained('A local triage system built on supplied ClaimsBench 2 files. One engine serves all modes.'));
    assert.ok(!trained('A local triage system built on solid engineering practice.'));
    assert.ok(trained('- Dataset de treino: cartas de sinistros de 2023, 303 pacientes'));
  });

  it('batches IR to IW, a second reading: code pasted without fences ("# Load artifacts" over "model = joblib.load(\u2026)") leaves a card\'s plain titles unmarked, so "Limitations" and "Key Metrics" count as headings; a Portuguese label with accents ("Para que N\u00c3O serve / fora de escopo:") rules uses out; so do "**NOT** intended as a standalone \u2026 decision maker" and the Spanish "No constituye diagnostico ni sustituye el criterio de un profesional"; a table row that names the metric a checkpoint is chosen by is no result', () => {
    const pasted = (tail: string) => `Claims triage \u2014 Model Card\nOverview\n\nA classifier that sorts claim letters for handlers.\n\nHow to Load the Model\n\nimport joblib\n\n# Load artifacts\nmodel = joblib.load("model.pkl")\n\n# Predict\nprobs = model.predict_proba(X)\n\n${tail}\n`;
    const pastedGaps = (tail: string) => gaps(analyse(pasted(tail)));
    assert.ok(!pastedGaps('Limitations\n\n- Letters in other languages are misread.').includes('8.1.1:failure'));
    assert.ok(pastedGaps('Notes\n\n- Letters are read in order.').includes('8.1.1:failure'));
    assert.ok(!pastedGaps('Key Metrics (Test Set Performance)\nMetric\tResult\nF1 Score\t0.824').includes('9.3'));
    assert.ok(shows('4.5', '## Uso Pretendido\n- Para que serve: triagem de cartas\n- Para que N\u00c3O serve / fora de escopo: qualquer outro tipo de carta'));
    assert.ok(restricted('- **NOT** intended as a standalone safety-critical decision maker.'));
    assert.ok(restricted('Material academico. No constituye diagnostico ni sustituye el criterio de un profesional de la salud.'));
    assert.ok(!restricted('El modelo sustituye a la version anterior.'));
    assert.ok(!results('| Setting | Value |\n| --- | --- |\n| Best-checkpoint metric | val accuracy |\n| Epochs | 15 |'));
    assert.ok(results('| Model | Accuracy | F1 |\n| --- | --- | --- |\n| ridge | 0.91 | 0.88 |'));
  });

  it('batches IX to IZ\'s classes (the same listings, measured at first sight at b41bea5): "stored beyond 30 days" is a retention time; "All training and evaluation data is synthetic" describes the training data; retraining "(recommended: monthly)" and a Portuguese table of checks with a "Frequ\u00eancia" column of "Mensal" give a review frequency; "may require manual \u2026 adjustment" and a "**Weakness:**" label are limits; "**abstains** on" and "the intended guard" are guardrails; "the perception model for the \u2026 system" states a use; "not the sole arbiter", an "Unsupported Scenarios" section and the Portuguese "N\u00e3o serve para" rule uses out', () => {
    assert.ok(kept('- No letters are stored beyond 30 days (with consent).'));
    assert.ok(!kept('- Letters are stored in 30 folders.'));
    assert.ok(trained('All training and evaluation data is synthetic.'));
    assert.ok(reviewed('1. **New claim types:** periodic retraining is required (recommended: monthly).'));
    assert.ok(!reviewed('1. **New claim types:** periodic retraining is required.'));
    assert.ok(reviewed('## Plano de Monitoramento\n\n| Sinal | M\u00e9trica | Frequ\u00eancia | A\u00e7\u00e3o |\n|---|---|---|---|\n| Drift | KS | Mensal | Alerta |'));
    assert.ok(limits('New letter layouts and poor scans may require manual queue adjustment or layout-specific training.'));
    assert.ok(limits('**Weakness:** handwritten letters against busy letterheads.'));
    assert.ok(guard('The router **abstains** on low-confidence letters rather than guessing.'));
    assert.ok(guard('A hybrid rule-agreement check is the intended guard.'));
    assert.ok(scope('This is the triage model for the claims-desk routing system: it sorts letters.'));
    assert.ok(restricted('- The score should be one signal in a system, not the sole arbiter.'));
    assert.ok(restricted('## Unsupported Scenarios\n\n- Letters in other languages.'));
    assert.ok(restricted('* N\u00e3o serve para verifica\u00e7\u00e3o de identidade.'));
  });

  it('batches IX to IZ, a second reading: a latency measured at a percentile ("- `p95`: 49.45 ms") is a result, a requirement ("p95 < 200 ms") is none; a measure above its own target ("Above the 25 ms p95 target") is a limit', () => {
    assert.ok(results('### Latency (50 runs, laptop CPU)\n\n- `p50`: 44.97 ms\n- `p95`: 49.45 ms'));
    assert.ok(!results('### Latency\n\n- p95 < 200 ms'));
    assert.ok(limits('Above the 25 ms p95 target from the plan. Revisit on the target hardware.'));
    assert.ok(!limits('The 25 ms p95 target comes from the plan.'));
  });

  it('batches JA to JC\'s classes (model/model_card.md, artifacts/model_card.md and reports/MODEL_CARD.md, listings no batch had drawn on, measured at first sight at 1a56892): a metric\'s value may end its sentence ("accuracy which is around 0.875."), but a bound a setting holds to ("minimum validation recall: 0.80.") is no result; "intended for \u2026 rather than \u2026", "For planning purposes only", "decision-support only", "commercial redistribution is not granted" and the Spanish "No es una decision automatica" rule uses out', () => {
    assert.ok(results('## Metrics\nThe model was evaluated based on accuracy which is around 0.875.'));
    assert.ok(!results('- threshold policy: maximize precision;\n- default minimum validation recall: 0.80.'));
    assert.ok(restricted('**This model is intended for triage and prioritization rather than final claim decisions.**'));
    assert.ok(restricted('**For planning purposes only \u2014 not a substitute for regulatory counsel.**'));
    assert.ok(restricted('Model outputs are decision-support only. Each flagged letter is reviewed.'));
    assert.ok(restricted('It is a research artifact; commercial redistribution is not granted by it.'));
    assert.ok(restricted('- No es una decision automatica de credito. Es una entrada a una decision humana.'));
    assert.ok(!restricted('The desk makes the final decision rather than the router.'));
  });

  it('batches JD to JF\'s classes (the same three listings, measured at first sight at 85deaa4): "safe to \u2026, NOT to enforce", "**not decision-grade**" (not when a condition follows), "do **not** use for" and "Educational and benchmarking purposes only." rule uses out; a coverage measured is a result and a model "**not promotable**" states a limit; a "Data Source:" label and a "model on a public 1,000-row dataset" give the training data, so 8.2 reads them', () => {
    assert.ok(restricted('**Status: v1 baseline. Safe to run in observe-only mode, NOT to enforce.**'));
    assert.ok(restricted('This version is **not decision-grade**.'));
    assert.ok(!restricted('The scores are not production grade without a fit to local letters.'));
    assert.ok(restricted('- The letters are synthetic \u2014 do **not** use for real claim decisions.'));
    assert.ok(restricted('Educational and benchmarking purposes only. This repository shows a pipeline.'));
    assert.ok(results('Nominal 95% interval coverage was 70.6%, below the target.'));
    assert.ok(limits('Interval coverage is low, so the model is **not promotable** yet.'));
    assert.ok(trained('## Architecture\n- **Model**: gradient boosting\n- **Data Source**: the desk\'s letter archive, 2019\u20132024.'));
    assert.ok(trained('**Not** for automated decisions. Demonstration model on a public 1,000-row dataset.'));
    assert.ok(gaps(analyse(`${INTRO}Demonstration model on a public 1,000-row dataset (German credit data).\n`)).includes('8.2'));
  });

  it('public datasets named without a link, left open at batches IZ and JD: PlantVillage, VisDrone, IMDb, NL2Bash and Atomic Red Team are known public sets, so a card that names one as its training data and gives no link is told so (8.2); a Hub id with its host ("`stanfordnlp/imdb` on Hugging Face") says where the data came from, and only the date is asked (8.2.1)', () => {
    assert.ok(data('The model was trained on the PlantVillage leaf images (38 classes).').includes('8.2'));
    assert.ok(data('- Corpus: public sets (Atomic Red Team, NL2Bash) and generated commands.').includes('8.2'));
    assert.deepEqual(data('IMDB Large Movie Review Dataset (50,000 reviews).\n\n- Source: `stanfordnlp/imdb` on Hugging Face'), ['8.2.1']);
    assert.deepEqual(data('The desk\'s own letters, 2019 to 2024.'), []);
  });

  it('public sources named without a link, left open on earlier batches: a Kaggle set named in quotes ("Kaggle \u201cAI vs Human Text\u201d CSV"), the UCI after a preposition and a comma ("o dataset de Heart Disease da UCI, com 303 pacientes"), and a model "based on public census data" are public training data with no link (8.2); Kaggle\'s GPUs ("on Kaggle\'s free GPUs") are no data', () => {
    assert.ok(data('Kaggle \u201cAI vs Human Text\u201d CSV (`text`, `generated`). Duplicates dropped.').includes('8.2'));
    assert.ok(data('- Dataset de treino: Usado o dataset de Heart Disease da UCI, com 303 pacientes.').includes('8.2'));
    assert.deepEqual(data('Trained in two hours on Kaggle\'s free GPUs, from the desk\'s own letters.'), []);
    const census = `# Income band\n\nThis model predicts whether a worker earns more than $50,000 a year based on public census data.\n\n## Training data\n\nProvided by the course; the original source is not documented.\n`;
    assert.ok(gaps(analyse(census)).includes('8.2'));
    assert.ok(!gaps(analyse(census.replace('public census data', 'the desk\'s letters'))).includes('8.2'));
  });

  it('batches JG to JI\'s classes (reports/MODEL_CARD.md, artifacts/model_card.md and model/model_card.md, measured at first sight at bfb27b1): a heading in two languages ("\u0627\u0644\u063a\u0631\u0636 \u0648\u0627\u0644\u0627\u0633\u062a\u062e\u062f\u0627\u0645 | Purpose and use") counts for either side; a Brier score, an ECE and a mean AP are results; "does not fully model" is a limit; "supports \u2026, not \u2026 decisions", "used solely to \u2026 \u2014 NOT to", "Do not expose \u2026 as a public service" and "not medical or dietary advice" rule uses out; outputs labelled invalid, a physician who makes the final decisions and a disclaimer in the UI are guardrails; "Labels are NOAA/NCEI \u2026 records" and "trained on 2008\u20132010 \u2026 data" give the training data; public safety sets (WildGuard, ToxicChat, HackAPrompt, Jigsaw) named without a link are told so, and features "extracted from Date" are no account of where data came from', () => {
    assert.ok(scope('## \u0627\u0644\u063a\u0631\u0636 \u0648\u0627\u0644\u0627\u0633\u062a\u062e\u062f\u0627\u0645 | Purpose and use\nFor the claims desk: it sorts incoming letters into queues.'));
    assert.ok(trained('## \u0627\u0644\u0628\u064a\u0627\u0646\u0627\u062a | Data and validation\n6,576 letters from the 2023 archive.'));
    assert.ok(results('Logistic Regression was the best single model with mean AP 0.39166 and fold SD 0.02981.'));
    assert.ok(results('Its mean Brier score was 0.06327 and mean ECE was 0.01882.'));
    assert.ok(limits('- Economics are simplified and do not fully model amortization timing or prepayments.'));
    assert.ok(!limits('The contents generated by the router do not reflect the authors\' opinions.'));
    assert.ok(restricted('It supports single-letter queue exploration, not validated claim decisions.'));
    assert.ok(restricted('The score is used **solely** to size the desk \u2014 NOT to target, exclude, or discriminate against any group.'));
    assert.ok(restricted('Do not expose this research demo as a public service without a separate deployment review.'));
    assert.ok(restricted('- Figures are estimates and **not medical or dietary advice**.'));
    assert.ok(guard('The router made 14 negative predictions. The demo labels them invalid, and warns users; it does not clip them.'));
    assert.ok(guard('- **Definitive Diagnosis**: A licensed physician or dermatologist must make all final decisions.'));
    assert.ok(guard('- [x] Clear declaration of non-diagnostic nature in UI'));
    assert.ok(trained('## What was predicted\n\nDaily maximum temperature. Labels are NOAA/NCEI daily-summaries records.'));
    assert.ok(trained('## Known limitations\n\n- Temporal validity: trained on 2008\u20132010 Portuguese retail-banking data.'));
    assert.ok(data('- WildGuard\n- ToxicChat\n- HackAPrompt\n- Jigsaw\n\nTotal samples: ~300K').includes('8.2'));
    assert.ok(data('- **Source:** Walmart_Sales.csv, a publicly available store sales dataset\n- `Year`, `Month` \u2014 calendar features extracted from Date').includes('8.2'));
  });

  it('batches JJ to JL\'s classes (outputs/model_card.md, model/MODEL_CARD.md and reports/model-card.md, listings no batch had drawn on, measured at first sight at 6cb33ee): bold inside a phrase is read as its words ("**Ne doit\\npas** \u00eatre utilis\u00e9 comme seule justification"), which showed three readings to mend (an adapter "trained on top of" its base, a model "trained with less than $0.1 million", a filter "to exclude low-quality" text, and "uses public datasets for training"); "Proposito" and "When not to trust it" headings; a "best metric:" and a result after a full-width colon; outputs not to be published as what they are not, "safe to use for \u2026, not for", "Not a general \u2026", "\u2026 or replace financial or regulatory review", "not a validated research assistant" and the Spanish "No es un detector validado para" rule uses out; a gate that refuses a model and "all decisions human" are guardrails; "Trained on a Danbooru snapshot", "Training, Validation & Evaluation Data"; CORD-v2, Danbooru and scikit-learn\'s loaders are public data', () => {
    assert.ok(restricted('Aide au tri des lettres. **Ne doit\npas** \u00eatre utilis\u00e9 comme seule justification pour refuser un service.'));
    assert.ok(!trained('**Router** is a **LoRA adapter** trained on top of **[`Qwen/Qwen3-4B`](https://huggingface.co/Qwen/Qwen3-4B)**.'));
    assert.ok(!trained('1. The router is **trained with less than $ 0.1 million** in compute.'));
    assert.ok(!guard('In addition to **deduplication**, we applied a **ratio filter** to exclude low-quality or noisy text.'));
    assert.ok(!trained('- It **only uses public datasets** for training, and the code is open.'));
    assert.ok(scope('## Proposito\n\nBaseline local para clasificar cartas de reclamaciones en la oficina.'));
    assert.ok(restricted('## When not to trust it\n\n- For any question other than queue ordering.'));
    assert.ok(results('- Selection metric: segmented BERTScore F1\n- Recorded best metric: 79.63'));
    assert.ok(results('- Accuracy\uff1a0.823\n- Macro F1\uff1a0.758'));
    assert.ok(restricted('- Do not publish these ranks as \u201cpredicted closures.\u201d'));
    assert.ok(restricted('1. Weak ranking: only safe to use for coarse sorting at high k, not for precise targeting.'));
    assert.ok(restricted('Reading router output back in English. Not a general claims adjudicator \u2014 it targets triage.'));
    assert.ok(restricted('It does not parse letters, retrieve policies, or replace financial or regulatory review.'));
    assert.ok(restricted('It is not a validated research assistant, clinical system, or production service.'));
    assert.ok(restricted('No es un clasificador validado para produccion ni sustituye a los tramitadores.'));
    assert.ok(guard('**Not registered.** The candidate scores 1.3x lift, and the evaluation gate refuses it.'));
    assert.ok(guard('Queue triage alongside the existing rules. Advisory only; all decisions human.'));
    assert.ok(!guard('The LLM summary is advisory only. The model score is the authoritative decision.'));
    assert.ok(trained('- **Tagger v0.9** - Apache License 2.0. Trained on a Danbooru snapshot (posts 1-8,600,750, January 2025).'));
    assert.ok(trained('## 3. Training, Validation & Evaluation Data\n\n- 40,000 letters from the 2024 archive.'));
    assert.ok(data('CORD-v2, official document splits: 800 train, 100 validation, 100 test.').includes('8.2'));
    assert.ok(data('Source: `sklearn.datasets.load_digits`, 1,797 examples, ten classes.').includes('8.2'));
  });

  it('batches JM to JR\'s classes (model/MODEL_CARD.md, outputs/model_card.md, results/model_card.md, reports/MODEL_CARD.md and models/model_card.md, measured at first sight at ad73264): "should support human decisions, not replace them", "does not replace a TAP", "**not a betting tool**" and the French "pas d\u00e9cision automatique" rule uses out; an OOD detector that flags inputs and "Fair-lending controls" are guardrails; a target "**NOT_MET**", "false positives on road texture" and "not externally validated" are limits; "the image encoder behind the custom-font feature" states a use; Roboflow and Jolpica are public, "Dataset : [id](link)" names its data, "fetched live from the UniProt REST API" says how, and survey "Cycles: 2011\u20132012" date it', () => {
    assert.ok(restricted('- Scores should support human retention decisions, not replace them.'));
    assert.ok(restricted('- The model does not replace a TAP, packet broker, collector or forensic source of truth.'));
    assert.ok(restricted('The router exists to show a pipeline. It is **not a betting tool**, and it places no bets.'));
    assert.ok(restricted('- **Usage pr\u00e9vu** : classer les lettres par urgence. Aide \u00e0 la d\u00e9cision, pas d\u00e9cision automatique.'));
    assert.ok(guard('3. **Reduced reliability outside the training letters.** The OOD detector flags such letters.'));
    assert.ok(guard('## Fair-lending controls (ECOA / Reg B)\n- **Protected-attribute exclusion:** `age` is excluded from all feature sets.\n- **Proxy-leakage check:** features predict the proxy at AUC 0.588; high values flag a feature for review.'));
    assert.ok(limits('Therefore, the original validation acceptance target is **NOT_MET**.'));
    assert.ok(limits('For production accuracy, review false positives on road texture plus missed small potholes.'));
    assert.ok(limits('The threshold is untuned and the model has not been externally validated.'));
    assert.ok(scope('The frozen image encoder behind the custom-font feature on [typeorem.dev](https://typeorem.dev).'));
    assert.ok(data('Fine-tuned for 3 epochs on the Roboflow pothole dataset at 416 px.').includes('8.2'));
    assert.deepEqual(data('- Dataset : [XSkills/letters_s500](https://huggingface.co/datasets/XSkills/letters_s500) 619 letters.\n- Collecting it was hard: publicly available letters data are limited.'), ['8.2.1']);
    assert.deepEqual(data('All letters fetched live from the UniProt REST API.'), ['8.2.1']);
    assert.deepEqual(data('**NHANES**\n- URL: https://wwwn.cdc.gov/nchs/nhanes/\n- Cycles: 2011\u20132012, 2013\u20132014'), []);
  });

  it('batches JT and JU\'s classes (sub-folder cards: model_cards/, hf_upload/, lora output folders; measured at first sight at 685d922): outputs that must pass schema checks are guarded, in Chinese too; use bound to a named use policy rules uses out; a "Clinical scope" label and "can be deployed as" an assistant state a use, a "Purpose" label under a script\'s heading does not; "Finetuned from dataset :" names the data, diffusers\' stock "The weights were fine-tuned on the X dataset." does not, nor does its "Intended uses & limitations" left as TODOs; "cannot handle" in Chinese is a limit, what people cannot handle is not', () => {
    assert.ok(!zh('## \u9650\u5236\n\n- \u8f93\u51fa\u5fc5\u987b\u7ecf\u8fc7 JSON Schema \u6821\u9a8c\u540e\u624d\u80fd\u4f7f\u7528\u3002').includes('8.1.1:guardrails'));
    assert.ok(restricted('Fine-tuned from Gemma. Usage must conform with [Google Gemma Terms of Use](https://ai.google.dev/gemma/terms).'));
    assert.ok(!restricted('Use of the model must comply with the Apache 2.0 license.'));
    assert.ok(scope('## Caveats\n\n1. **Clinical scope:** tuned for letters about motor claims.'));
    assert.ok(scope('In practice, the router can be deployed as a mail-room assistant to speed up sorting.'));
    assert.ok(!scope('## Scripts\n\n### 1. Data preparation (`prepare_data.py`)\n* **Purpose**: Splits raw letters into train and validation folders.'));
    assert.ok(trained('- **Finetuned from dataset :** acme/claims-letters'));
    assert.ok(!trained('These are LoRA adaption weights for acme/base. The weights were fine-tuned on the acme/letters dataset. You can find some example images in the following.'));
    assert.ok(!scope('## Intended uses & limitations\n\n#### How to use\n\n```python\n# TODO: add an example code snippet for running this diffusion pipeline\n```\n\n#### Limitations and bias\n\n[TODO: provide examples of latent issues and potential remediations]'));
    assert.ok(!zh('\u6ce8\u610f\uff1a\u672c\u6a21\u578b\u53ea\u80fd\u5904\u7406\u7b49\u957f\u7684\u6587\u672c\uff0c\u4e0d\u80fd\u5904\u7406\u591a\u5b57\u7684\u9519\u8bef\u3002').includes('8.1.1:failure'));
    assert.ok(zh('- \u673a\u5668\u4eba\u80fd\u591f\u5904\u7406\u4eba\u7c7b\u65e0\u6cd5\u5904\u7406\u7684\u590d\u6742\u60c5\u51b5').includes('8.1.1:failure'));
  });

  it('batch JS\'s classes (sub-folder cards: model-cards/, huggingface/, checkpoints/hf/; measured at first sight at 685d922): "the model struggles to" and "has poor generalization" are limits (not prior methods\' struggles); "for the sole purpose of" rules other uses out; "the fine-tuning data are available as …" and "training data retains its own licenses — …" name the data; an "Experiments" section with results shares findings, "Reproducing Experiments" over commands does not; what "Project Updates" says is news', () => {
    assert.ok(limits('Due to the small training set, the model has poor generalization to unseen settings. The model struggles to sort letters with several claims.'));
    assert.ok(!limits('Prior methods struggle with long letters; we address this with chunking.'));
    assert.ok(restricted('This classifier is designed for the sole purpose of helping handlers find urgent letters.'));
    assert.ok(trained('The fine-tuning data are available as `labels.csv` in [this project repository](https://example.org/router).'));
    assert.ok(trained('Weights: MIT. Training data retains its own licenses \u2014 LetterSet (MIT), the 2023 claims archive.'));
    assert.ok(results('## Experiments\n\nWith the prompt above:\n\n| Model | Letters | Claims |\n|---|---|---|\n| Router | 55.57 | 58.60 |'));
    assert.ok(!results('## Reproducing Experiments\n\nRun `python -m train experiment=letters dataset.batch_size=1024 every_n_steps=500`.'));
    assert.ok(!trained('## Project Updates\n\n- \u{1F525} **Source**: ```2025/09/29```: We have open-sourced the router, a lite version with 2B parameters that is trained with [FastAttn](https://example.org/fastattn) attention.'));
  });

  it('batches JV to JX\'s classes (sub-folder cards again and labs\' READMEs; measured at first sight at 7dea543): a language it does not speak is a limit; a release "made publicly available to further facilitate our research community" and "the trained model artifact used by the … backend" state a use, even in a sentence whose subject is the repository, and so do the parts of an "Applications" section named for uses over code; a figure file named for a benchmark shares findings; "our model is currently monolingual" is a limit; "fine-tuned … on [X](…) datasets", and the Chinese "在 X 数据集上微调", name the data, diffusers\' DreamBooth stock sentence around its prompt does not; a trade-off ("prioritized over flexibility", "at the cost of accuracy") is a limit', () => {
    assert.ok(limits('Neither build speaks Chinese or Japanese \u2014 the calibration deliberately drops them.'));
    assert.ok(limits('The router does not understand Korean letters.'));
    assert.ok(scope('- The resources are made publicly available to further facilitate our research community.'));
    assert.ok(scope('This repository contains the trained router model artifact used by the claims triage backend.'));
    assert.ok(!scope('This repository contains the code used by the claims triage backend.'));
    assert.ok(results('We release the router, with strong results on letter triage.\n\n![](https://example.org/router/bench.png#center)'));
    assert.ok(limits('We test on Welsh letters too, but as our model is currently monolingual, we fine-tune on English only.'));
    assert.ok(trained('Based on [acme/base](https://example.org/base), we fine-tuned a triage version on [LetterSet](https://example.org/letterset) datasets.'));
    assert.ok(!zh('\u6211\u4eec\u5728 [LetterSet](https://example.org/letterset) \u6570\u636e\u96c6\u4e0a\u5fae\u8c03\u4e86\u5206\u6d41\u6a21\u578b\u3002').includes('8.1.1:training'));
    assert.ok(scope('## Applications\n\n### 1. Routing claim letters to desks\n```python\nroute(letter)\n```\n\n### 2. Flagging urgent letters\n```python\nflag(letter)\n```'));
    assert.ok(!scope('## Usage\n\n### Python\n```python\nroute(letter)\n```\n\n### Command line\n```bash\nrouter letter.txt\n```'));
    assert.ok(!trained('These are LoRA adaption weights for acme/base. The weights were trained on "a photo of a letter" using [DreamBooth](https://dreambooth.github.io/).'));
    assert.ok(limits('## Interpretation\n\nStrong structural constraints; interpretability prioritized over flexibility and invariance.'));
    assert.ok(limits('The small router runs faster at the cost of accuracy on long letters.'));
  });

  it('batches JY and KA\'s classes (measured at first sight at cba1f8c): "a demonstration network meant to just show the training process" states its use; abilities "deliberately sacrificed" are a limit; efforts that "enable a broader range of the research community" name its audience', () => {
    assert.ok(scope('This is a demonstration network meant to just show the training process for a router with our toolkit.'));
    assert.ok(limits('What the calibration set leaves out is deleted: non-English languages and off-domain abilities are deliberately sacrificed.'));
    assert.ok(!limits('The old checkpoint was lost in a disk failure, so we retrained it.'));
    assert.ok(scope('We hope our efforts enable a broader range of the research community to advance the field.'));
  });

  it('batch KB\'s classes (sub-folder and oddly named cards, measured at first sight at 6ecaca1): a link whose words name a known source ("[mozilla common voice](…)") is a link to the data, a link to a file of weights is not; "the X speech corpus" and a Hub id before "dataset" name a source; a part of the model "used in" it and configured is no use; a form\'s "Use Case Restrictions:" row rules uses', () => {
    const said = (line: string) => gaps(analyse(`${INTRO}${line}\n`)).filter((g) => g.startsWith('8.2'));
    assert.ok(said('It was trained on [mozilla common voice](https://voice.example.org/).').join() === '8.2.1');
    assert.ok(data('Pre-trained on AudioSet. Weights: [Full AudioSet, 10 stride (0.459 mAP)](https://files.example.org/s/router_10_10_0.4593.pth?dl=1).').includes('8.2'));
    assert.ok(data('The training data were composed of two sources:\n\n1. The LetterSet speech corpus, read aloud.\n2. The Harbour speech corpus, speech collected during interviews.').includes('8.2.1'));
    assert.ok(data('The model was trained on 100 million random pairs from the acme-nlp/letters_mt_train dataset, filtered by length only.').includes('8.2'));
    assert.ok(!scope('+ The AR model used in Router-Image is configured with `do_sample=True` and a temperature of `0.9` by default.'));
    assert.ok(restricted('| Field | Response |\n| :---- | :---- |\n| Use Case Restrictions: | Abide by the [Acme Model License](https://example.org/license) |'));
  });

  it('batches KE to KG\'s classes (labs\' READMEs and course cards, measured at first sight at a53b5b4): a form\'s row labels in Korean or Chinese are read as labels ("| 학습 데이터 출처 |"); those who use another model "can adapt to" this one, and "if you intend to create a … system, you can use our models", state a use; parts withheld "for security issues" are a guardrail; a margin "by 8\\%" is a result; "you can now solve … tasks" under News makes missing guidance a warning, not an error', () => {
    assert.ok(ko('| 항목 | 내용 |\n| --- | --- |\n| 학습 데이터 | 공개 민원 편지 4만 건과 합성 편지 |').includes('8.1.1:training') === false);
    assert.ok(scope('Since the small router keeps the same interface, those who use the original router for their projects can adapt to the small one with almost zero effort.'));
    assert.ok(scope('If you intend to create a claims desk, you can use our claims-specialized models for your purpose:'));
    assert.ok(guard('> For security issues, we do not upload the parameters of the letter encoder. You can only use the pre-extracted features.'));
    assert.ok(results('## Benchmarking\n\nThe large router outperforms the previous router by 8\\% across a range of desks.'));
    // A use told only under the card's news, which the tables do not read, leaves the missing guidance a judgement.
    assert.ok(sev('# LetterNet\n\nLetterNet is a representation of claim letters.\n\n## News\n\n**May 5, 2021: LetterNet joins a library**\n\nYou can now solve letter-related tasks (e.g., routing, triage) easily using this library.\n') === 'warning');
  });

  it('batches KH to KJ\'s classes (measured at first sight at 75fcfad): a card\'s title that names what it holds ("# ClaimNet: Model, Dataset, Benchmark, Code") is no section on evaluation over its "## Dataset & Evaluation"; Korean public data written as one word ("공개데이터"); a repository meant for researchers, a research artefact; test losses in the plural; "Pre-train Corpus"; Korean and Chinese limits; a misuse ruled out in a clause; the training data "can be downloaded here"; every section on the training data read for 8.2', () => {
    assert.ok(!gaps(analyse('# ClaimNet: Model, Dataset, Benchmark, Code\n\nRouting claim letters.\n\n## Dataset & Evaluation\n\n- Dataset: [ClaimCorpus](https://huggingface.co/datasets/acme/claims), letters and forms from the two desks.\n')).includes('8.1.1:training'));
    // Public data written as one word in Korean ("공개데이터") asks where and when (8.2).
    assert.ok(ko('| 항목 | 내용 |\n| --- | --- |\n| 학습 데이터 출처 | 합성 편지 + 공개데이터(우편 통계) 기반 |').includes('8.2'));
    assert.ok(!ko('| 항목 | 내용 |\n| --- | --- |\n| 학습 데이터 출처 | 합성 편지만 사용 |').includes('8.2'));
    // A release's repository meant for an audience names who it is for; a repository meant to be used with a tool does not.
    assert.ok(scope('This repository is meant to be a starting point for researchers and engineers to experiment with the router.'));
    assert.ok(!scope('This repository is meant to be used with the routing CLI.'));
    // A research artefact names its use (research); a checkpoint called one in passing is not what the card is for.
    assert.ok(scope('This is a **research artifact** accompanying *Routing Without Erasure*. It is not a product.'));
    // Results: "the test generative losses are 2.0895, 2.0614" (an adjective and a plural); not scores only written to a file.
    assert.ok(results('You should see that the test generative losses are 2.0895, 2.0614, and 2.0466, matching the paper.'));
    assert.ok(!results('Validation scores are written to `artefacts/plots/router-v3-metrics.txt` after each run.'));
    // "## Pre-train Corpus" heads the training data; "Pretrain data format" the shape of one's own.
    assert.ok(trained('## Pre-train Corpus\n\n* Small: letters from the two desks\n* Large: letters and forms (88M sentences)'));
    assert.ok(!trained('## Pretrain data format\n\n* one JSON object per line'));
    // Korean: a score its authors call low is a limit ("…에서 EM이 낮습니다").
    assert.ok(!ko('**V2 모델은 형태소분석기를 사용하지 않았기때문에 서신 질의응답에서 EM이 낮습니다.**').includes('8.1.1:failure'));
    assert.ok(ko('오류율이 낮습니다.').includes('8.1.1:failure'));
    // A misuse ruled out in a clause of its own ("…; no impersonation"), not what the data lacks.
    assert.ok(restricted('## Limitations\n\n- Not aligned or safety-filtered; disclose synthetic audio; no impersonation'));
    assert.ok(!restricted('## Data\n\n- No fraud cases in the test letters'));
    // Chinese: "仅供技术研究参考" (for technical research reference only) confines its use.
    assert.ok(!zh('\u8be5\u9879\u76ee\u4e2d\u7684\u5185\u5bb9\u4ec5\u4f9b\u6280\u672f\u7814\u7a76\u53c2\u8003\uff0c\u4e0d\u4f5c\u4e3a\u4efb\u4f55\u7ed3\u8bba\u6027\u4f9d\u636e\u3002').includes('4.5'));
    // Where the data it was trained on can be had, whatever it is called; not the code.
    assert.ok(trained('The training letter embeddings can be downloaded here: https://files.example.org/letters.npy'));
    assert.ok(!trained('The training script can be found here: https://example.org/train.py'));
    // Chinese: something used as part of the training data ("用 … 开源语料作为部分训练数据"), an open corpus (8.2).
    assert.ok(!zh('\u540c\u65f6\u7531\u4e8e\u6211\u4eec\u7528 LetterChat \u5f00\u6e90\u8bed\u6599\u4f5c\u4e3a\u90e8\u5206\u8bad\u7ec3\u6570\u636e\uff0c\u6a21\u578b\u53ef\u80fd\u4f1a\u8f93\u51fa\u7c7b\u4f3c\u5176\u4ed6\u6a21\u578b\u7684\u8eab\u4efd\u4fe1\u606f\u3002').includes('8.1.1:training'));
    assert.ok(zh('\u540c\u65f6\u7531\u4e8e\u6211\u4eec\u7528 LetterChat \u5f00\u6e90\u8bed\u6599\u4f5c\u4e3a\u90e8\u5206\u8bad\u7ec3\u6570\u636e\uff0c\u6a21\u578b\u53ef\u80fd\u4f1a\u8f93\u51fa\u7c7b\u4f3c\u5176\u4ed6\u6a21\u578b\u7684\u8eab\u4efd\u4fe1\u606f\u3002').includes('8.2'));
    // What it can handle, bounded, is a limit.
    assert.ok(limits('- This model can detect **stamps of pixels between around 10x10 to 300x300** due to the training scheme.'));
    // A behaviour left untested, named, is a limit; a test done is not.
    assert.ok(limits('Behaviour under other system prompts was not measured.'));
    assert.ok(limits('No evaluation of routing accuracy, safety, or handler outcomes was performed.'));
    assert.ok(!limits('The performance was tested on three desks.'));
    // Chinese: outputs with some randomness, or not guaranteed to suit the user, are a limit.
    assert.ok(!zh('\u7136\u800c\uff0c\u6a21\u578b\u7684\u8f93\u51fa\u6587\u672c\u5177\u6709\u4e00\u5b9a\u7684\u968f\u673a\u6027\u3002').includes('8.1.1:failure'));
    assert.ok(!zh('\u672c\u9879\u76ee\u4e0d\u4fdd\u8bc1\u6a21\u578b\u8f93\u51fa\u7684\u6587\u672c\u5b8c\u5168\u9002\u5408\u4e8e\u7528\u6237\u3002').includes('8.1.1:failure'));
    // A "## Training" section over the method's settings, and a "## Training data" further on that links its corpus: when is still asked (8.2.1), not where.
    assert.deepEqual(gaps(analyse(`${INTRO}## Training\n\n| | |\n|---|---|\n| Method | LoRA, r=16 |\n| Training data | 30 letters x 5 phrasings |\n\n## Evaluation\n\nAccuracy 91 % on held-out letters.\n\n## Training data\n\nThe letters are grounded in the [LetterSet](https://letters.example.org/letterset) corpus, published under CC BY 4.0.\n`)).filter((g) => g.startsWith('8.2')), ['8.2.1']);
    // The kind of device it is made for is a setting of use; its task alone is not.
    assert.ok(scope('MobileRouter is a family of efficient backbones for mobile devices, with variants under 1 ms.'));
    assert.ok(!scope('MobileRouter is a family of efficient backbones for letter classification.'));
    // Guard: under a section on evaluation, "Datasets" is still the data it was tested on.
    assert.ok(gaps(analyse(`${INTRO}## Evaluation\n\n### Datasets\n\n- [ClaimCorpus](https://huggingface.co/datasets/acme/claims), letters and forms.\n`)).includes('8.1.1:training'));
  });

  it('batches KK and KL\'s classes (speech, vision and course cards, measured at first sight at c2ef812): what a model was made to serve, named ("adapters for the *Letter Graph* project", "models for the **LETTERS** benchmark"), or the course it was made in; a repository that aims to further research; a failure to transfer; a speech toolkit\'s scoring line; a model named by the well-known dataset it was tuned on', () => {
    assert.ok(scope('Trained encoder **adapters** for the *Letter Graph for Claims Retrieval* project.'));
    assert.ok(scope('Fine-tuned models for the **LETTERS** benchmark (SemEval-2025 Task 11): multi-label routing.'));
    assert.ok(scope('Submitted as part of the **Mining Letters 2** course project.'));
    assert.ok(!scope('A model for the classification of claim letters.'));
    assert.ok(scope('This repository aims to facilitate research in a paradigm shift of building claim routers at scale.'));
    assert.ok(!scope('This repository aims to make installation easy.'));
    assert.ok(limits('Key findings: compact encoders fail to transfer zero-shot to the other desks.'));
    assert.ok(results('### Result\n```\ntest_net        %SER 70.72 | %CER 14.28 [ 59372 / 415746, 2004 ins, 12692 del, 44676 sub ]\n```'));
    assert.ok(!results('### Scoring\n```\n%CER is computed by the scoring script\n```'));
    assert.ok(trained('Iterations  | Tokenizer  | Pre-Trained Model | AudioSet Fine-Tuned Model\n|---|---|---|---\nIter1 | none | [router_iter1](https://files.example.org/1) | [tuned](https://files.example.org/2)'));
    assert.ok(!trained('Iterations  | Tokenizer  | Pre-Trained Model\n|---|---|---\nIter1 | none | [router_iter1](https://files.example.org/1)'));
  });

  it('batches KN and KP\'s classes (labs\' READMEs for speech, vision and Chinese models, measured at first sight at 6842b22): a model that supports only one kind of input, or what lowers its quality, is a limit; "by training on a combination of 1.5M labeled images"; "for education and research use only"; Chinese research-only use, filtering of improper content and safety testing before deployment; a dump file dated in its name; a product the model already powers', () => {
    assert.ok(limits('Currently, all models support only single audio channel (mono).'));
    assert.ok(!limits('We support only the latest release.'));
    assert.ok(limits('Remember to fix the stamps first (the router will see faded stamps as unknown and thus decrease overall performance).'));
    assert.ok(limits('A very long prompt will slow down the inference and degenerate the speech quality.'));
    assert.ok(!limits('Using fp16 can reduce memory use.'));
    assert.ok(trained('LetterDepth is a router for robust triage by training on a combination of 1.5M labeled letter images and **62M+ unlabeled letter images**.'));
    assert.ok(scope('For education and research use only. **DO NOT use this to obtain legal advice!**'));
    assert.ok(!zh('\u672c\u9884\u8bad\u7ec3\u5bf9\u8bdd\u6a21\u578b\u4ec5\u9650\u79d1\u7814\u7528\u9014\u3002').includes('8.1.1:scope'));
    assert.ok(!zh('\u867d\u7136\u6211\u4eec\u8bbe\u8ba1\u4e86\u4e00\u5957\u4e25\u683c\u7684\u6570\u636e\u6e05\u6d17\u6d41\u7a0b\uff0c\u4f46\u662f\u6211\u4eec\u5e76\u4e0d\u4fdd\u8bc1\u6240\u6709\u4e0d\u5f53\u5185\u5bb9\u5747\u5df2\u88ab\u8fc7\u6ee4\u3002').includes('8.1.1:guardrails'));
    assert.ok(!zh('\u5728\u90e8\u7f72\u4efb\u4f55\u76f8\u5173\u5e94\u7528\u4e4b\u524d\uff0c\u5f00\u53d1\u4eba\u5458\u5e94\u6839\u636e\u5177\u4f53\u5e94\u7528\u5bf9\u6a21\u578b\u8fdb\u884c\u5b89\u5168\u6d4b\u8bd5\u548c\u8c03\u4f18\u3002').includes('8.1.1:guardrails'));
    assert.ok(!zh('- \u7b2c\u4e00\u9636\u6bb5\uff1a\u4f7f\u7528\u4e2d\u6587\u9884\u8bad\u7ec3\u8bed\u6599[LetterSet](https://example.org/letterset)\u3001\u82f1\u6587\u9884\u8bad\u7ec3\u8bed\u6599[ClaimPile](https://example.org/claimpile)\u7684\u4e2d\u82f1\u6570\u636e\u8fdb\u884c\u4e8c\u6b21\u9884\u8bad\u7ec3\u3002').includes('8.1.1:training'));
    assert.deepEqual(data('Trained on the Japanese Wikipedia from [Wikimedia Downloads](https://dumps.wikimedia.org/).\n\n- dataset: `jawiki-20181220-pages-articles-multistream.xml.bz2`'), []);
    assert.ok(scope('LetterVoice has been powering the instant routing capability of [claims.example](https://claims.example.org) since May 2023.'));
  });

  it('batch KQ\'s classes (labs\' READMEs, measured at first sight at 79cfa66): speed measured on named hardware in a table, by row ("| RTX 3090 | FP16 | 172 FPS |") or by header ("| Inference on 1x NVIDIA 4090 |"), is a test finding; a Chinese heading "性能指标" heads results', () => {
    assert.ok(results('## Speed\n\n| GPU | dType | HD | 4K |\n| --- | --- | --- | --- |\n| RTX 3090 | FP16 | 172 FPS | 154 FPS |'));
    assert.ok(results('## Checkpoints\n\n| Model | Inference on 1x NVIDIA 4090 | Size |\n|---|---|---|\n| [Router-Base](https://example.org/b) | 13 it/sec | 93M Params |'));
    assert.ok(!results('## Requirements\n\n| GPU | Memory |\n|---|---|\n| RTX 3090 | 24 GB |'));
    assert.ok(!zh('## \u8def\u7531\u5668\u6027\u80fd\u6307\u6807\n\n<table>\n<tr><th>\u6570\u636e\u96c6</th><th>Micro-F1</th></tr>\n<tr><td>\u4fe1\u4ef6A</td><td>80.2</td></tr>\n</table>').includes('9.3'));
  });

  it('batches KT and KV\'s classes (labs\' READMEs and small teams\' cards, measured at first sight at fdb2b69): "When to use what" and "What X is best at" head the scope, and so does a "Use" column of a table of the models; a plug-in replacement, one of a system\'s stages; "not general-purpose", misuses disclaimed by name, Japanese "悪用はしないでください"; results in a table under news, a score printed by a script, time on named hardware, errors found in tests; a tag found less stable; a fine-tuning job run nightly; "事前学習済みモデル" (pretrained models) is no training data', () => {
    assert.ok(scope('## When to use what\n\n| If you need | Use |\n|---|---|\n| Fast routing without training | **router-lite** |'));
    assert.ok(scope('## 1. What ClaimNet is best at\n\nRanking queues that change on every request.'));
    assert.ok(!scope('## What ClaimNet is not for\n\nPayout decisions.'));
    assert.ok(scope('| Model | Layers | Use |\n| --- | --- | --- |\n| Teacher | 24 | Research and distillation source. |'));
    assert.ok(!scope('| Split | Fraction | Use |\n|---|---|---|\n| train | 80% | Fitting the router weights |'));
    assert.ok(!scope('| File | Purpose |\n|---|---|\n| `router.onnx` | The exported router weights |'));
    assert.ok(scope('Plug-in replacement for the front-end fusion of the claims pipeline.'));
    assert.ok(scope('It is one of the final stages of the funnel, succeeded by a set of filtering heuristics.'));
    assert.ok(!scope('It is one of the models of the ClaimNet family.'));
    assert.ok(restricted('They are not general-purpose image classifiers.'));
    assert.ok(restricted('We do not assume any responsibility for the misuse of this model, including (but not limited to) illegal, malicious, or unethical activities.'));
    assert.ok(!restricted('The misuse of this model is hard to detect.'));
    assert.ok(restricted('- \u306a\u308a\u3059\u307e\u3057\u30fb\u8a50\u6b3a\u3068\u3044\u3063\u305f\u60aa\u7528\u306f\u3057\u306a\u3044\u3067\u304f\u3060\u3055\u3044\u3002'));
    assert.ok(results('## News\n\n- **2025-08-28:** Metric routers released\n\n| Desk | Router-S | Router-B | Router-L | Baseline |\n|:-|:-:|:-:|:-:|:-:|\n| North | 0.877 | 0.887 | 0.910 | 0.415 |'));
    assert.ok(!results('## News\n\n- **2025-08-28:** the new router reaches 91.0% accuracy on the North desk.'));
    assert.ok(results('## Examples\n\n```bash\nNorthDesk Accuracy: 93.9%\n```'));
    assert.ok(!results('## Examples\n\n```bash\nTraining accuracy: 0.99\n```'));
    assert.ok(results('On an **H800 GPU**, routing 30 letters takes **150 seconds**.'));
    assert.ok(results('The latency and GPU VRAM results are obtained on a single A100 GPU with batch size 1.'));
    assert.ok(!results('On an RTX 4090 GPU, install the CUDA 12 build first.'));
    assert.ok(results('Compared to other routers, it can be observed that our model achieves more accurate routing.'));
    assert.ok(results('However, we have also identified some routing errors in ClaimNet.'));
    assert.ok(limits('We find that the [urgent] tag is less stable, so we recommend starting with [normal].'));
    assert.ok(!limits('We find that the [urgent] tag is used most often.'));
    assert.ok(reviewed('The `NightFineTunerV2` component runs nightly at 22:00.'));
    assert.ok(!reviewed('The export job runs nightly.'));
    assert.ok(!trained('## \u4e8b\u524d\u5b66\u7fd2\u6e08\u307f\u30e2\u30c7\u30eb / Pretrained Model\n\n| Version | Size |\n|---|---|\n| v1.0 | 395 MB |'));
    assert.ok(trained('## \u4e8b\u524d\u5b66\u7fd2\u30c7\u30fc\u30bf\n\nClaim letters from the North desk archive, 2019 to 2023.'));
  });

  it('batches KY and LA\'s classes (labs\' READMEs and course cards, measured at first sight at dde232b): "trained from scratch on" names the data; a use ruled out "without review and oversight by a clinical professional" requires that review; a real-time factor on a memory budget is a result; a comparison row that ticks "Rate limits" is no guardrail; a fact of the domain that "can impact the quality" is no limit; a name before the word for dataset in Chinese, Japanese or Korean ("[CogView](…) 数据集") names a public source', () => {
    assert.ok(trained('It is trained from scratch on 4.5T English and Chinese tokens, comparable to routers twice its size.'));
    assert.ok(!trained('The tokenizer is trained from scratch using SentencePiece.'));
    assert.ok(guard('The information produced is not intended for direct diagnostic use or decision-making without review and oversight by a clinical professional.'));
    assert.ok(!guard('The first release shipped without oversight from trained reviewers.'));
    assert.ok(results('Not so slow anymore: we can get a **0.25-0.3 RTF** on 4GB vram.'));
    assert.ok(!results('The card can be exported as RTF on Windows.'));
    assert.ok(!guard('| | Cloud | Local |\n|---|---|---|\n| Rate limits | yes | **no** |'));
    assert.ok(guard('| Control | Setting |\n|---|---|\n| Rate limits | 100 requests per minute per key |'));
    assert.ok(!limits('Letter quality is a critical factor, as it can significantly impact the quality and function of a claim.'));
    assert.ok(limits('Noisy scans may affect the quality of the generated routing labels.'));
    assert.deepEqual(data('\u4f9d\u9760\u6765\u81ea\u4e8e [LetterSet](https://arxiv.org/abs/2105.13290) \u6570\u636e\u96c6\u7684 30M \u9ad8\u8d28\u91cf\u4fe1\u4ef6\u8fdb\u884c\u9884\u8bad\u7ec3\u3002'), ['8.2', '8.2.1']);
  });

  it('batches LB and LD\'s classes (labs\' READMEs, many Chinese, measured at first sight at 9760bef): code released "to facilitate future research" states no use of the model; Chinese data a tuning stressed ("重点强化了基于 X 的数据内容") is training data; Chinese alignment to humans said to make answers safer is a guardrail, alignment alone is not', () => {
    assert.ok(!scope('We provide our training code to facilitate future research. But we cannot provide the training letters due to their size.'));
    assert.ok(scope('We release these routers to facilitate future research on claim triage.'));
    assert.ok(!zh('\u6a21\u578b\u5728\u4fdd\u7559\u57fa\u672c\u7684\u5bf9\u8bdd\u80fd\u529b\u4e4b\u5916\uff0c\u91cd\u70b9\u5f3a\u5316\u4e86\u57fa\u4e8e**LetterKG**\u7684\u6570\u636e\u5185\u5bb9\u3002').includes('8.1.1:training'));
    assert.ok(!zh('Chat \u7248\u672c\u7ecf\u8fc7\u4e86\u5927\u91cf\u4eba\u7c7b\u5bf9\u9f50\u8bad\u7ec3\uff0c\u80fd\u591f\u66f4\u597d\u3001\u66f4\u5b89\u5168\u5730\u56de\u590d\u7528\u6237\u7684\u95ee\u9898\u3002').includes('8.1.1:guardrails'));
    assert.ok(zh('\u5b83\u7ecf\u8fc7\u4e86\u66f4\u597d\u7684\u4eba\u7c7b\u504f\u597d\u5bf9\u9f50\uff0c\u56de\u7b54\u66f4\u6709\u5e2e\u52a9\u3002').includes('8.1.1:guardrails'));
  });

  it('batches LF and LH\'s classes (labs\' READMEs, measured at first sight at 29d8d9e): "Pretraining X on a 90B token corpus" and "在 30GB 中文法律数据上进行指令微调" name the data; "should not be treated as a substitute for" rules a use out; "can serve as a great proxy for human raters" states one; a command that "can be used to", a licence\'s "any academic or commercial purposes", and how long training took on named GPUs are none of these; what "the current implementation focuses on" is a limit', () => {
    assert.ok(trained('- Pretraining Llama-2-70B on a 90B token corpus with the 10:1 ratio of code to text'));
    assert.ok(!trained('- Fine-tuning the router on your own data takes minutes.'));
    assert.ok(!zh('* [Law-Router](https://example.org/law): \u57fa\u4e8e GLM-10B \u6a21\u578b, \u5728 30GB \u4e2d\u6587\u6cd5\u5f8b\u6570\u636e\u4e0a\u8fdb\u884c\u6307\u4ee4\u5fae\u8c03.').includes('8.1.1:training'));
    assert.ok(restricted('It does not reason like a language model and should not be treated as a substitute for live model evaluation.'));
    assert.ok(scope('We believe ClaimScore can serve as a great proxy for human raters to rate different routers.'));
    assert.ok(!scope('From the toolkit repo, the following command can be used to capture board results:'));
    assert.ok(!scope('ClaimNet follows the Apache 2.0 license, which means it can be used in any academic or commercial purposes for free.'));
    assert.ok(!results('We also highlight that the training of ClaimNet only takes around **30** minutes on 8xA100 GPUs.'));
    assert.ok(results('Routing one letter takes 5 seconds on an RTX 4090 GPU.'));
    assert.ok(limits('The current implementation focuses on routing by desk. It uses only the stamp, date and sender as features, and does not use the amount.'));
    assert.ok(!limits('The current release is available on the Hub.'));
  });

  it('batch LK\'s classes (labs\' READMEs in Chinese and Japanese, measured at first sight at 22a0a98): an FAQ that asks why results are "so much lower" and "还没有…能力" (no such ability yet) are limits, a promise not to answer every question is none; "模型对比" over a table of scores is results, a section of pictures of samples (or a picture\'s width="99%") is none; "…でできること" (what it can be used for) heads the scope; "広めないでください" (do not spread it) rules a use out', () => {
    assert.ok(limits('**Q: Why is the accuracy of the small router on unseen desks so much lower than that of the large one?**'));
    assert.ok(!limits('**Q: Why is the reference file needed?**'));
    assert.ok(!zh('\u76ee\u524d\u6a21\u578b\u8fd8\u6ca1\u6709\u82f1\u6587\u4fe1\u4ef6\u7684\u5206\u7c7b\u80fd\u529b\u3002').includes('8.1.1:failure'));
    assert.ok(zh('- \u6211\u4eec\u4f1a\u5c3d\u53ef\u80fd\u89e3\u7b54\u4f60\u7684\u95ee\u9898\uff0c\u4f46\u65e0\u6cd5\u4fdd\u8bc1\u4f60\u7684\u95ee\u9898\u4e00\u5b9a\u4f1a\u88ab\u89e3\u7b54\u3002').includes('8.1.1:failure'));
    assert.ok(!zh('## \u6a21\u578b\u5bf9\u6bd4\n\n| \u6a21\u578b | \u51c6\u786e\u7387 |\n| --- | --- |\n| \u672c\u6a21\u578b | 91.2 |').includes('9.3'));
    assert.ok(!results('## Performance\n\n<p align="center">\n  <img src="assets/figures/qcompare1.png" width="99%">\n  <img src="assets/figures/qcompare2.png" width="99%">\n</p>'));
    assert.ok(results('## Performance\n\n<p align="center">\n  <img src="assets/figures/desk_accuracy.png" width="99%">\n</p>'));
    const ja = (line: string) => gaps(analyse(`# \u4fdd\u967a\u8acb\u6c42\u5206\u985e\u30e2\u30c7\u30eb\n\n${'\u3053\u306e\u30e2\u30c7\u30eb\u306f\u4fdd\u967a\u8acb\u6c42\u306e\u624b\u7d19\u3092\u516b\u3064\u306e\u7a93\u53e3\u306b\u5206\u3051\u307e\u3059\u3002'.repeat(4)}\n\n${line}\n`));
    assert.ok(!ja('### \u3053\u306e\u30e2\u30c7\u30eb\u3067\u3067\u304d\u308b\u3053\u3068\n\n1. \u81ea\u5206\u306e\u7a93\u53e3\u306b\u5408\u308f\u305b\u3066\u5fae\u8abf\u6574\u3067\u304d\u307e\u3059\u3002').includes('8.1.1:scope'));
    assert.ok(!ja('\u5fdc\u7b54\u306b\u306f\u504f\u898b\u304c\u542b\u307e\u308c\u308b\u3053\u3068\u304c\u3042\u308a\u307e\u3059\u3002\u3053\u306e\u3088\u3046\u306a\u5185\u5bb9\u3092\u5e83\u3081\u306a\u3044\u3067\u304f\u3060\u3055\u3044\u3002').includes('4.5'));
  });

  it('batches LP and LR\'s classes (labs\' READMEs and small teams\' cards, measured at first sight at dc13c7f): a setting that "can lead to worse" outputs and smaller variants "less accurate" are limits, a library\'s older versions are not; "Benchmarking" heads results, so do a table introduced by the paragraph\'s last sentence, a caption of inference time, a "val loss", a first place on a named metric and what a manual evaluation found of the outputs; "of use to developers, students and researchers" names an audience; a tool "we use" for an environment, and a model "fine-tuned on your data", are no training data', () => {
    assert.ok(limits('A larger threshold raises recall, but excessive thresholds can lead to worse routing.'));
    assert.ok(limits('The compression is lossy: smaller models are less accurate.'));
    assert.ok(!limits('Please use `claimlib>=2.1`, since earlier versions will cause degraded performance for long letters.'));
    assert.ok(results('### Benchmarking\n\n![Routing throughput on one GPU](./docs/throughput.png)\n\nThroughput is averaged over 10 timing runs.'));
    assert.ok(results('## Distilled routers\n\nWe release 3 compressed versions of the router, each smaller than the last, to make trying it cheaper on a laptop or a small server. The following table shows their size, performance and runtime:\n\n| Router | Agreement w. handlers | Parameters |\n|---|---|---|\n| Full | 0.52 | 579M |\n| Small | 0.43 | 45M |'));
    assert.ok(results('> Inference Time on Apple M1 Pro CPU (16 GB)\n\n| Letters | Wall-Clock Time |\n|---|---|\n| 1 | 249ms |\n| 20 | 949ms |'));
    assert.ok(results('| Setting | Value |\n|---|---|\n| Final Val Loss | 1.04 |'));
    assert.ok(results('## Evaluation\n\nWe compare the router with other routers on public leaderboards:\n\n- [ClaimBench (1st MAE)](https://example.org/claimbench.png)'));
    assert.ok(results('## Evaluation\n\nThe router was evaluated by hand on letters about travel and motor claims.\n\nOutputs were coherent, accessible, and consistent with the desks\' rules.'));
    assert.ok(scope('I hope this is of use to developers, students and researchers exploring routing for insurance.'));
    assert.ok(!trained('We use [Pixi](https://example.org/pixi) for our development and benchmarking environment to ensure that it is set up correctly.'));
    assert.ok(!trained('- **Finetuning**: routers fine-tuned on your data or with different pretraining.'));
  });

  it('batches LT and LV\'s classes (small teams\' cards and labs\' READMEs, measured at first sight at 106683d): "not yet competitive with" is a limit, "There are no known issues" is none; "in daily use in", "a self-hostable alternative to" and "enabling … for enterprise email workflows" state a use, and so does a release "so you can build on our findings"; "evaluation with medical professionals confirms that" and a table without outer pipes whose header names FID are results; an evaluation section that names its metrics ("Token-level F1") and its "20% split" is none', () => {
    assert.ok(limits('This router is not yet competitive with the fastest desks\' tools on raw latency.'));
    assert.ok(gaps(analyse(`${INTRO}## Intended use\n\nFor claim desks.\n\n### Known issues\nThere are no known issues with this model.\n`)).includes('8.1.1:failure'));
    assert.ok(scope('Trained and in daily use in a real claims office (two desks, Welsh and English).'));
    assert.ok(scope('The router arm of **ClaimNet**, an open, self-hostable alternative to a vendor\'s triage service.'));
    assert.ok(scope('Given a raw letter, the model extracts its fields as JSON, enabling automated triage, prioritization, and reply drafting for enterprise claims workflows.'));
    assert.ok(scope('We release everything: data, training process, ablations and failed experiments, so you can build on our findings, not repeat our mistakes.'));
    assert.ok(!scope('It is convenient to save an engine file so that you can reuse it every time you run the inference.'));
    assert.ok(results('Qualitative evaluation with claims handlers confirms that the learned prototypes often match the desks\' own categories.'));
    assert.ok(results('### Routers\nMethod | params | FID (256x256) | weight\n--- |:---:|:---:|:---:\nrouter-B | 111M | 5.46 | [b.pt](https://example.org/b.pt)\nrouter-L | 343M | 3.80 | [l.pt](https://example.org/l.pt)'));
    assert.ok(!results('## Evaluation\n\nThe model is evaluated on held-out letters (20% split from the training dataset, stratified by label).\n\n| Metric | Description |\n|:---|:---|\n| JSON validity rate | % of outputs that parse as JSON |\n| Entity F1 | Token-level F1 for extracted spans |'));
  });

  it('batches LX and LZ\'s classes (labs\' READMEs, measured at first sight at a84f048): an HTML table is no running text when the card\'s language is read; a short CJK list item is read; "Pre-training of X on mC4", "based on the [X dataset](…)" and "语料精选自…" name the data; "不适合开放式生成" and "for analysis purpose only" rule uses out; watermarking the outputs is a guardrail; "is not almighty", "slower than the baseline", "hasn\'t been trained on the … objective" and "is required for stable generations" are limits; "can help you measure", "intended to use real-world video for inference" state a use (not "so we can help you better"); a detector\'s validation table and an "Avg Audio Performance" column are results', () => {
    const phonemes = Array.from({ length: 60 }, (_, i) => `<tr>\n<td> ${i} </td>\n<td> ${'abcdefghijklmnopqrstuvwxyz'[i % 26]} </td>\n</tr>`).join('\n');
    assert.ok(!analyse(`# Welsh voice (low quality)\n\nA multi-speaker voice for Welsh based on the [Claims Voices dataset](https://example.org/voices/).\n\n## Phonemes\n\n<table><thead><th>&nbsp;</th><th>Phoneme</th></thead>\n${phonemes}\n</table>\n`).some((f) => f.code === 'card-language'));
    assert.ok(!zh('## \u5c40\u9650\n\n- \u4e0d\u9002\u5408\u5f00\u653e\u5f0f\u751f\u6210').includes('4.5'));
    assert.ok(trained('Pre-training of RoBERTa for Welsh on mC4.'));
    assert.ok(!trained('Fine-tuning of the router on 8 GPUs.'));
    assert.ok(trained('A multi-speaker router for Welsh letters based on the [Claims/Wales dataset](https://example.org/wales/).'));
    assert.ok(!zh('\u672c\u6a21\u578b\u8bed\u6599\u7cbe\u9009\u81ea\u7f51\u9875\u3001\u767e\u79d1\u3001\u65b0\u95fb\uff0c\u4ee5\u53ca\u5f00\u6e90\u6570\u636e\u96c6\u3002').includes('8.1.1:training'));
    assert.ok(restricted('Following routers are used in our ablation study; we release them for analysis purpose only.'));
    assert.ok(guard('1. Watermark your audio: use a cipher to watermark your audio generation.'));
    assert.ok(limits('Besides, the router is not almighty: letters from some desks do not occur often in the training data.'));
    assert.ok(limits('Currently, the router\'s sampling speed is slower than the autoregressive baseline.'));
    assert.ok(limits('Since this model hasn\'t been explicitly trained on the zero-shot routing objective, more examples help.'));
    assert.ok(limits('`repetition_penalty>=1.1` is required for stable generations.'));
    assert.ok(scope('It can directly help you measure the size of a claim from a single letter.'));
    assert.ok(scope('The model is intended to use real-world scanned letters for inference and resists noise.'));
    assert.ok(!scope('Please describe the problem in detail so we can help you better and quicker!'));
    assert.ok(results('- Router - N\n  ```\n   Class Images Instances     P     R mAP50 mAP50-95\n     all   2386     23317 0.625 0.548 0.579    0.416\n  ```'));
    assert.ok(results('| Model Name | Data | Avg Audio Performance | Avg Speech Performance |\n|---|---|---|---|\n| Router-Base | AudioSet | 31.0 | 88.3 |'));
  });

  it('batches MB and MD\'s classes (labs\' READMEs and a template, measured at first sight at 98ef4ad): "Target Audience" heads the scope and "Out-of-Scope Use Cases" does not; a slot in braces written in words ("{BRIEF DESCRIPTION OF USE}") is template text, and a line that only leads into one says nothing; a "TOP1*" column and a first place won in a challenge are results', () => {
    assert.ok(scope('## Target Audience\n\n1. Desks that want to route claim letters with an open model.'));
    // (A heading that names both still counts for both: mended after a second reading.)
    assert.ok(scope('## Intended use and out-of-scope use\n\nSorting claim letters for the two regional desks. Not for payout decisions.'));
    assert.ok(!scope('## Out-of-Scope Use Cases\n\nPayout decisions, and letters from outside the two regional desks.'));
    const template = gaps(analyse('# Model Card: {PROJECT NAME}\n\n## Model Use\n\n### Intended Use\n\nThis model is intended for use in {BRIEF DESCRIPTION OF USE}\n\n### Out-of-Scope Use Cases\n\nThis model is not suitable to provide privacy guarantees in production.\n\n## Training Data\n\nExperiments in this repository are run against:\n\n{LIST AND LINK DATA SOURCES}\n'));
    assert.ok(template.includes('8.1.1:scope') && template.includes('8.1.1:training'), template.join(' '));
    assert.ok(results('| Model Name | TOP1\\* | TOP5\\* |\n|:--------:|:--:|:---:|\n| [claims/router-b](https://example.org/b) | 54.64 | 72.86 |'));
    assert.ok(results('<p align="center">\n  ✨&emsp;RouterV2 achieved 1st place in 7 out of 16 metrics in the Claims Challenge 2024 Track1!✨\n</p>'));
  });

  it('batch MF\'s classes (labs\' READMEs and a quant\'s card, measured at first sight at c4c6591): what quantization does to the outputs, and a part of the model not yet checked ("pending end-to-end verification"), are limits, not what it saves; a section of measurements is results, a gallery of samples whose prompts hold "2k" is none; a table whose rule row leaves out the outer pipes is read to its last row', () => {
    assert.ok(limits('Quantization can change token probabilities and individual classifications.'));
    assert.ok(limits('A real image request has not yet been included in the final acceptance run, so Vision should be treated as configured but pending end-to-end verification.'));
    assert.ok(limits('This quantized GGUF has not yet been rerun on the same 64-prompt suite.'));
    assert.ok(!limits('Quantization can reduce memory use by half.'));
    assert.ok(results('## RTX 4090 measurements\n\n| Workload | Result |\n|---|---:|\n| Short output, one stream | 41.69 tok/s median |\n| Two-stream aggregate | 61.21 tok/s median |'));
    const gallery = '<table class="center">\n<tr>\n  <td><img src="assets/a_claim_letter.gif"></td>\n  <td><img src="assets/a_desk.gif"></td>\n</tr>\n<tr>\n  <td>a claim letter on a desk at sunrise, oil painting style</td>\n  <td>a panda filing a claim, 2k, high quality</td>\n</tr>\n</table>';
    assert.ok(!results(`Following results were generated with the arguments:\n\nseed: \`400\`, guidance_scale: \`7.0\`\n\n(you might obtain different results on different device)\n\n${gallery}`));
    assert.ok(results('We provide three compressed versions of Router-20. The following table shows their size, performance, and runtime:\n\n| Model | Agreement with raters | Runtime |\n:---- |:---:|:---:|\nRouter-20 | 0.228 | 80.4 |\nRouter-20-D6 | 0.211 | 5.4 |'));
  });

  it('batches MK and ML\'s classes (small teams\' cards and labs\' READMEs, measured at first sight at c4c6591): "The code is not a production trading, … system" and "Not intended as a safety-certified production detector" rule uses out; a quant\'s table whose "Use case" column grades each file in a few words names no use, one whose cells name uses does; "can help augment …" states a use, "旨在评估…" (a benchmark meant to evaluate) does not; a Roboflow Universe link under "Dataset:" says where the data came from; "pretrained from X with ~100B … math-related tokens" and "[继续预训练数据集](…/datasets/…)" name the data, an objective ("trained using a next-token prediction approach") and a command\'s "--train_data" flag do not; a training script that "does not support FP16 training" is no limit of the model, a case a results table marks "INCORRECT" is an observed failure; "성능" heads results', () => {
    assert.ok(restricted('The code is not a production trading, pricing, capital, or regulatory risk system.'));
    assert.ok(restricted('Not intended as a safety-certified production detector or as evidence of an LLM/VLM system.'));
    const quants = (a: string, b: string) => `## GGUF files\n\n| File | Quantization | Use case |\n|---|---|---|\n| \`*Q4_K_M.gguf\` | 4-bit | ${a} |\n| \`*Q8_0.gguf\` | 8-bit | ${b} |`;
    assert.ok(!scope(quants('Best size/quality balance, recommended', 'Higher quality, larger file')));
    assert.ok(scope(quants('Balanced laptop or on-device assistant; best trade-off for interactive claim agents', 'Server-side sorting of claim letters for compliance-grade review')));
    assert.ok(scope('Router-Math can help augment claim letters and sort them with the code interpreter.'));
    assert.ok(zh('第一组是主要基准，旨在评估大语言模型的综合能力。').includes('8.1.1:scope'));
    const roboflow = gaps(analyse('# Claims detector\n\n**Dataset:** [Claim Letters](https://universe.roboflow.com/claims-team/claim-letters)\n\nThe model is a detector trained on the Claim Letters dataset, which can find the claim number.\n'));
    assert.ok(!roboflow.includes('8.2') && roboflow.includes('8.2.1'), roboflow.join(' '));
    assert.ok(trained('Router-Math is continued pretrained from Router-Base with ~100B high quality claim-related tokens and SFT with ~2M bilingual supervised data.'));
    assert.ok(!zh('我们发布了 [继续预训练数据集](https://huggingface.co/datasets/claims/letters)。').includes('8.1.1:training'));
    assert.ok(!trained('The speech decoder is trained using a next-token prediction approach on both text and audio tokens.'));
    assert.ok(!trained('## Training\n\nAn example to run the training of the router.\n\n```\ntorchrun router/bin/train.py \\\n  --train_data data/train.data.list \\\n  --cv_data data/dev.data.list\n```'));
    assert.ok(!limits('An example code to train the flow matching model, does not support FP16 training.'));
    assert.ok(limits('| Task | Base | Ours |\n|---|---|---|\n| Claims-1 | `[B]` (61.7% - INCORRECT) | `[B]` (59.0% - INCORRECT) |'));
    assert.ok(!limits('| Check | Result (PASS/FAIL) |\n|---|---|\n| Claims-1 | pass |'));
    assert.ok(!ko('## 라우터 검색 성능 결과\n\n<img src="assets/router-eval.png">').includes('9.3'));
  });

  it('batches MP and MR\'s classes (small teams\' cards and labs\' READMEs, measured at first sight at 3cc77a6): "The point of this checkpoint is …", "Possible workflows include …", "We welcome developers and researchers to explore …" and "seeks to serve the underserved" state a use, what data "can be used for SFT" does not; "— not production.", "Does **not** certify …", "should not be seen as an indicator to …" and "…の使用を意図したものではありません" rule uses out; a set named with its train split\'s size names the data; an RL stage that enhances safety, and decisions that "should require independent domain review", are guardrails, a filter on educational content is none; "| Metric | Value |" over "| mAP50 | 0.755 |", "+2.4 points average on XTREME" and "…领域测试" are results', () => {
    assert.ok(scope('The point of this checkpoint is reproducibility of the measured numbers, not deployment.'));
    assert.ok(scope('Give it a claim letter. Possible workflows include choosing a desk queue and handing uncertain letters to a reviewer.'));
    assert.ok(scope('We welcome developers and researchers to explore its capabilities and contribute to development.'));
    assert.ok(scope('Router2 seeks to serve the underserved claim desks in the region with open models.'));
    assert.ok(!scope('In each preference tree, all nodes of correct actions can be used for SFT.'));
    assert.ok(restricted('- 40.75% top-1 on 77 intents — not production.'));
    assert.ok(restricted('Detects **visible claim stamps** in an image. Does **not** certify a payout, a fraud case or a policy.'));
    assert.ok(restricted('This model should not be seen as an indicator to determine if someone deserves more or less money.'));
    const ja = (line: string) => gaps(analyse(`# 音声対話モデル\n\n${'このモデルは日本語の音声対話システムです．保険の問い合わせに答えます．'.repeat(4)}\n\n## Terms of Use\n\n${line}\n`));
    assert.ok(!ja('本モデルは，なりすましや詐欺などの悪意ある目的での使用を意図したものではありません．').includes('4.5'));
    assert.ok(trained('Measured on **claims77** (10,003 train / 3,080 test rows, 77 intents).'));
    assert.ok(guard('Finally, we perform a general RL stage to further refine the fused model and enhance its robustness, safety, and human alignment ability.'));
    assert.ok(guard('Any real payout decision should require independent domain review and a second reader.'));
    assert.ok(!guard('- High-quality educational content filtering could benefit from more languages'));
    assert.ok(results('## Grouped-test (frozen)\n\n| Metric | Value |\n|--------|-------|\n| mAP50 | 0.755 |\n| mAP50–95 | 0.636 |'));
    assert.ok(results('**Q: How does Router compare to XLM-R?**\n**A:** Router outperforms it:\n- +2.4 points average on XTREME\n- +3.0 points on GLUE'));
    assert.ok(!zh('## 理赔领域测试\n使用了小样本分类任务测试方式。\n\n模型在测试集上的表现与基线对比\n![image](assets/compare.png)').includes('9.3'));
  });

  it('batches MT and MV\'s classes (labs\' and researchers\' READMEs, measured at first sight at 0972456): "the training dataset only contains little data for this specific time period" is a limit; "all results should be hand-checked" is a guardrail; "as a service to our fellow linguists" and "it can improve downstream tasks (NER, …)" state a use', () => {
    assert.ok(limits('Notice: The claims training dataset only contains little data for this specific time period.'));
    assert.ok(guard('* That you understand that this tool does not produce perfect data, and that all results should be hand-checked for sanity\'s sake.'));
    assert.ok(scope('The tool is provided as-is, as a service to our fellow linguists who transcribe claim calls.'));
    assert.ok(scope('We built a language model for claim letters; as a result, it can improve downstream tasks (NER, Text Classification, Q&A) in the claims domain.'));
  });

  it('batches MX, MZ, NB and ND\'s classes (labs\' READMEs, small teams\' and course cards, measured at first sight at 467fcb4): "Used as Stage-1 triage in the [x](…) pipeline", "Our goal in releasing our models is to …", "designed for:" over a list of uses, "built for natural, low-latency voice interactions", "can be applied to a variety of downstream tasks" and "a research checkpoint for comparing …" state a use, "tailored for practical scenarios" does not; "might not yet offer optimal performance for …", "is prone to generate …", "…略弱于…" and duplicate images that "may exist" in the training and validation sets are limits; "…コーパス…から…訓練した" names the data; a link to a dataset\'s own page beside a bulk phrase says where the data came from, and "the **Claims101** dataset" names a public one; "Box mAP50-95: **0.983**" is a result, "High accuracy needs" in a table of checkpoints is none', () => {
    assert.ok(scope('Used as Stage-1 triage in the [claims-router](https://github.com/acme/claims-router) pipeline for desk routing.'));
    assert.ok(scope('Our goal in releasing our models is to assist our community in better replicating the leading assistants.'));
    assert.ok(scope('**Router** is a compact language model fine-tuned from a small base, designed for:\n\n- Friendly claim-desk conversations\n- Offline use on low-end computers'));
    assert.ok(scope('**Router-Voice** is an audio model built for natural, low-latency voice interactions.'));
    assert.ok(!scope('Router-7B contains a base model and a chat model tailored for practical scenarios.'));
    assert.ok(scope('Router can be applied to a variety of downstream tasks, including zero-shot letter classification and retrieval.'));
    assert.ok(scope('This is a research checkpoint for comparing attention variants on the same claims setup.'));
    assert.ok(limits('This version has not been instruct-tuned, which means it might not yet offer optimal performance for higher-level tasks such as drafting letters.'));
    assert.ok(limits('Due to its training, the model is prone to generate letters with disfluencies common to speech.'));
    assert.ok(!zh('在分类任务方面，本模型在三个任务上略弱于基线模型。').includes('8.1.1:failure'));
    assert.ok(limits('**Note** There may exist duplicate images in the claims training set and the validation images of other sets. Please be careful when using these models for evaluation.'));
    const ja = (line: string) => gaps(analyse(`# 請求振り分けモデル\n\n${'このモデルは保険の請求書を八つの窓口に振り分けます。'.repeat(4)}\n\n${line}\n`));
    assert.ok(!ja('「保険請求書コーパス」12億語（2019年のデータ）から語彙素に基づいて訓練したBERT事前学習モデル').includes('8.1.1:training'));
    assert.deepEqual(data('We used two kinds of data: instructions, and conversations with assistants shared on the Internet.\n\n### Download\n\n- [claims-sft-data-v1](https://huggingface.co/datasets/acme/claims-sft-data-v1): the data used for training Router.'), ['8.2.1']);
    assert.ok(results('## Training\n\n- **Dataset:** claim scans (~10k train / 1.7k val)\n- **Final validation (epoch 100):**\n  - Box mAP50: **0.994**\n  - Box mAP50-95: **0.983**'));
    assert.deepEqual(data('The model was trained with a reduced version of the **Claims101** dataset. We kept 30 of its 101 categories.'), ['8.2', '8.2.1']);
    assert.ok(!results('## Checkpoints\n\n| Size | Model | Parameters | Use case |\n|:--|:--|:--|:--|\n| Small | [router-68m](https://huggingface.co/acme/router-68m) | 68M | Balanced performance |\n| Large | [router-400m](https://huggingface.co/acme/router-400m) | 400M | High accuracy needs |'));
  });

  it('batches NG, NJ, NL and NN\'s classes (labs\' READMEs, measured at first sight at 1ad1ff7): "serve as a strong baseline to inspire future research" and "use it as a backbone for fine-tuning" state a use; "implemented … controls … to ensure … security", "为提高模型的安全性…" and "拒答" are guardrails; "the primary limiting factor", "is not designed to run on very short …", "not very robust to", "responds to jailbreaks" and "there are certain issues" are limits; "trained on up to 12 million claim letters" names the data; "Increase in 2-3% on the … dataset" and memory and time on a named GPU are results; "We present X, a Large Language Model …" says what the model is, so a card with no guidance gets a warning, not an error; a Wikipedia dump\'s dated file name anywhere in the card dates the data', () => {
    assert.ok(scope('We hope our model may serve as a strong baseline to inspire future research on small claim models.'));
    assert.ok(scope('You can use those checkpoints for zero-shot routing of any claim, or use it as a backbone for fine-tuning.'));
    assert.ok(guard('The team has implemented multidimensional controls (abusive language, bias and discrimination, privacy) to ensure the model\'s enhanced security and alignment with correct values.'));
    assert.ok(!zh('为提高模型的安全性，我们构建了大量的理赔诱导性询问。').includes('8.1.1:guardrails'));
    assert.ok(!zh('我们使用了五千条偏见数据做拒答微调。').includes('8.1.1:guardrails'));
    assert.ok(limits('The claims set is also very small, which is the primary limiting factor on being able to learn anything useful.'));
    assert.ok(limits('Router works best when given enough context, and is not designed to run on very short letters.'));
    assert.ok(limits('These initial checkpoints are not very robust to many real-world considerations.'));
    assert.ok(limits('The v0.2 model responds to jailbreaks and adversarial attacks.'));
    assert.ok(limits('Thresholding is required because those models were trained on one-hop queries and there are certain issues (namely, multi-source propagation).'));
    assert.ok(trained('Router is a family of models: a claims atlas trained on up to 12 million claim documents spanning 30 years across 12 insurers.'));
    assert.ok(results('- The models are generally more accurate (Increase in 2-3% on the claims discovery dataset).'));
    assert.ok(!zh('### A100 的显存占用与运行时间\n\n| 帧数 | 普通模式 |\n| :---: | :---: |\n| 24 | 16119MiB |').includes('9.3'));
    assert.equal(sev('# Router\n\nWe present <img src="assets/router.png" width="20"> Router, a Large Language Model trained to follow claim-handling guidelines.\n\n## Install\n\n```\npip install router\n```\n'), 'warning');
    const dump = gaps(analyse(`${INTRO}The vectors are trained with skip-gram using preprocessed Wikipedia text as the corpus, from the [dumps](https://dumps.wikimedia.org/other/cirrussearch/).\n\n## Specs\n\n| option | value |\n|---|---|\n| \`--cirrus_file\` | path to \`jawiki-20190520-cirrussearch-content.json.gz\` |\n`)).filter((g) => g.startsWith('8.2'));
    assert.deepEqual(dump, []);
  });

  it('batches NP, NR, NU and NV\'s classes (labs\' READMEs, measured at first sight at bc3c31b): "The best model to use depends on your use-case", "We recommend users to use X for …", "Empowering researchers to build …", "a dialogue system for digital human applications", "可供…研究人员…使用" and "开放给学术研究" state a use; a checkpoint recommended "for the best agreement", tutorials "intended to showcase" a function, a data split that "will be used for" a challenge and "推荐使用进程守护工具" do not; "Biometric Identification is not allowed" rules a use out; "存在问题：…答非所问" and "容易改变画风" are limits', () => {
    assert.ok(scope('The best model to use depends on your use-case:\n\n- For claim triage, the small model; for audits, the large one.'));
    assert.ok(scope('We recommend users to use Router-XL for large scale automatic sorting of claim letters.'));
    assert.ok(!scope('We recommend using the XXL model versions for the best agreement with human ratings.'));
    assert.ok(scope('Empowering researchers to build and innovate, Router is your open foundation for claims AI.'));
    assert.ok(scope('We present RouterChat, a Chinese open-domain dialogue system for digital human applications.'));
    assert.ok(!zh('我们的开放权重现在可供个人、研究人员和各种规模的企业使用。').includes('8.1.1:scope'));
    assert.ok(!zh('所有版本均完全开放给学术研究。').includes('8.1.1:scope'));
    assert.ok(!scope('Note that these notebooks are only intended to showcase core functionality on sample letters.'));
    assert.ok(!scope('The challenge split will be used for the Claims Challenge 2016, held with the annual meeting.'));
    assert.ok(zh('控制台训练需要考虑连接断开后进程被杀的，推荐使用进程守护工具建立连接会话。').includes('8.1.1:scope'));
    assert.ok(restricted('Note that Biometric Identification is not allowed using the claims dataset and/or derived models.'));
    assert.ok(!zh('存在问题：预训练数据集较小，会有答非所问的情况。').includes('8.1.1:failure'));
    assert.ok(!zh('旧版本锐化强度最大，容易改变画风。').includes('8.1.1:failure'));
  });

  it('batches NX, NZ, PB and PE\'s classes (labs\' READMEs, measured at first sight at 470e405): "as a general assistant the chat variant is recommended" states a use; "it currently lacks contextual understanding" and "a base model, not suitable for chat or instruction following" are limits; "the dataset used for downstream tasks can be found [here](…)" names the data; a "| Model | LVIS AP |" table, "The results are shown below." over a figure and "MTEB 检索模型榜单" are results; "we release a light weight korean language model" and "we developed the Router model family" (across a line break) say what the model is, so no guidance is a warning', () => {
    assert.ok(scope('Router comes in three flavours, each intended for different tasks. Each builds on the previous, so as a general assistant the chat variant is recommended.'));
    assert.ok(limits('It answers claims well in English. However, it currently lacks contextual understanding and needs a larger model.'));
    assert.ok(limits('- `acme/router-2b`: a base model, not suitable for chat or instruction following but good for drafting text.'));
    assert.ok(trained('Moreover, the dataset used for downstream tasks can be found [here](https://github.com/acme/router/tree/main/data/finetune).'));
    assert.ok(results('| Model | LVIS AP | LVIS APr | Size |\n|:---|:---:|:---:|:---:|\n| Router B/16 | 26.5 | 29.5 | 590 MiB |\n| Router L/14 | 34.6 | 31.2 | 1652 MiB |'));
    assert.ok(results('## Comparisons\n\nA benchmark of six tasks that need long context compared all long-range routers. The results are shown below.\n\n<img src="comparison.png" width="50%">'));
    assert.ok(!zh('### MTEB 检索模型榜单\n\n| 模型 | 检索 (15) |\n|:--:|:--:|\n| router-index | 54.2 |').includes('9.3'));
    assert.equal(sev('# KoRouter\n\nCurrent language models have hundreds of millions of parameters. In this project, we release a light weight korean language model to address those shortcomings.\n\n## Quick tour\n\n```python\nmodel = AutoModel.from_pretrained("acme/korouter")\n```\n'), 'warning');
    assert.equal(sev('# Router\n\n## Paper Abstract\n\nClaim routing is a core component for insurers. In this work, we study the training of routing models. Ultimately, we developed the Router\n model family, which achieves the best scores on five routing benchmarks.\n\n## News\n\n- New paper coming soon.\n'), 'warning');
  });

  it('batches PF, PJ, PL and PM\'s classes (template, course and labs\' cards, measured at first sight at 1cccf5b): "Do not use the open source model and code … for any purposes that may cause harm" rules uses out; "专门针对…场景进行优化" states a use; "不能代替专业的法律意见" rules a use out, "不替代微调主线" (a part of the system) does not; "在数十亿图文对下进行训练" and "基于…图文对进行训练" name the data; a "Dataset for Training: …" heading is the training data', () => {
    assert.ok(restricted('Do not use the open source model and code, as well as derivatives generated from open source projects, for any purposes that may cause harm to the country and society.'));
    assert.ok(!zh('Router-Math 是一个开源推理大语言模型，专门针对理赔审核场景进行优化。').includes('8.1.1:scope'));
    assert.ok(!zh('模型的输出仅供参考，不能代替专业的法律意见。').includes('4.5'));
    assert.ok(zh('> 定位：检索是对微调的外部知识补充层，不替代微调主线。').includes('4.5'));
    assert.ok(!zh('Router 在数十亿图文对下进行训练，在分类质量方面展示出优势。').includes('8.1.1:training'));
    assert.ok(!zh('该模型基于数十亿图文对进行训练，支持中英双语。').includes('8.1.1:training'));
    assert.ok(!gaps(analyse(`${INTRO}## A New Open Dataset for Training: ClaimCaps\n\nClaimCaps is a curated collection of claim letters with captions written for each.\n`)).includes('8.1.1:training'));
  });

  it('batches PP, PR, PT and PU\'s classes (labs\' READMEs and small teams\' cards, measured at first sight at 6bf40a4): "an out-of-distribution field of view produces unusable output" and "could lead to some odd behaviours" are limits, and so is a "Known restrictions" section; "a CLIP-like model fine-tuned for the fashion industry" and "models … for researching language model degradation" state a use (the second was a false error); "We fine tune `CLIP` on over 700K <image, text> pairs" names the data', () => {
    assert.ok(limits('Asking it to sort at a numerically valid but out-of-distribution claim size produces unusable output.'));
    assert.ok(limits('The model is trained on one insurer\'s letters, but at inference we read another\'s. The differences between them could led to some odd behaviours.'));
    assert.ok(!gaps(analyse(`${INTRO}## Known restrictions\n\n- The queues are trained on one insurer; letters from others are sorted less well.\n`)).includes('8.1.1:failure'));
    assert.ok(scope('ClaimCLIP is a CLIP-like model fine-tuned for the insurance industry.'));
    assert.ok(scope('ClaimLMs gives easy access to models trained on claim letters over regular intervals for researching language model degradation.'));
    assert.equal(sev('# ClaimLMs\n\nClaimLMs allows for easy access to models continuously trained on claim letters over regular intervals for researching language model degradation, as well as shifts in how claims are written.\n\n## Usage\n\n```\npip install claimlms\n```\n'), 'warning');
    assert.ok(trained('We fine tune `CLIP` on over 700K <image, text> pairs from the Claims dataset.'));
  });

  it('batches PY and QD\'s classes (a model zoo\'s page and labs\' READMEs, measured at first sight at ac1a8a4): "不可等同于专业金融分析师或专家的精准判断" rules a use out; "which may somehow affect the drawing detection preferences" is a limit; a paragraph that links what a model was trained on ("`x` is trained on [Claims-80K](…zenodo…)") tells where the data came from', () => {
    assert.ok(!zh('它提供的建议和分析结果仅供参考，不可等同于专业理赔师或专家的精准判断。').includes('4.5'));
    assert.ok(limits('All of the training letters were from one insurer, which may somehow affect the queue preferences of the model.'));
    const zoo = gaps(analyse(`${INTRO}- A collection of models trained on diverse public datasets, so you need not train your own.\n\n- Models are named by what they learnt from: for example \`claims_x\` is trained on [Claims-80K](https://zenodo.org/records/10619173).\n`));
    assert.ok(!zoo.includes('8.2'));
  });

  it('batches QF, QL and QM\'s classes (labs\' READMEs, course and small teams\' cards, measured at first sight at cf1e7b7): "Built for meetings, calls, podcasts …", "could be effectively fine-tuned … to implement …" and "looking forward to the community utilizing these models for …" state a use; "Recommend for all purposes except inpainting" in a table\'s cell rules a use out (the row\'s other cells, a weights file among them, are not its subject); "None improve on the standard … model" is a limit; a "First place solution of the … Challenge" and winning "the … shared task" are results; "经过…语料加训" names the data; "No known issues" under "Known Issues" names none', () => {
    assert.ok(scope('Built for emails, letters, faxes and scanned forms, Router is designed to handle long, messy correspondence.'));
    assert.ok(scope('A foundation model for claim letters, could be effectively fine-tuned on a single GPU to implement triage, fraud flags and summaries.'));
    assert.ok(scope('We are looking forward to the community utilizing these models for solving various problems in claims handling.'));
    assert.ok(!scope('Built for speed and accuracy, Router runs on one core.'));
    assert.ok(restricted('| [Router-L](https://example.com/router_l.pth) | 256 | Recommend for all purposes except fraud scoring. |'));
    assert.ok(limits('The variants that do relatively well (none improve on the standard Router-S model except on one desk):'));
    assert.ok(results('First place solution of the [Claims Triage Challenge](https://example.com/challenge).'));
    assert.ok(results('We release our router trained on many desks, which helps us win the [ClaimNLP 2024 shared task on Routing](https://example.com/results) according to F1.'));
    assert.ok(!zh('我们基于 Qwen 系列模型，经过高质量中文理赔语料加训后产出 Base 模型。').includes('8.1.1:training'));
    assert.ok(gaps(analyse(`${INTRO}## Intended use\n\nFor claim desks.\n\n## Known Issues\n\nNo known issues\n`)).includes('8.1.1:failure'));
  });

  it('batches QP, QR and QU\'s classes (labs\' READMEs and small teams\' cards, measured at first sight at 4b9f77d): "first-packet latency as low as 140ms" is a result; "can also serve as a pre-trained model for fine-tuning" and "are best used as fine-tuned …" state a use; a feature "still experimental", what "may lead to potential and noticeable contour issues" (not software\'s "dependency issues") and "additional experiments … may be necessary if the model is used in actual service" are limits; "언론 기사를 학습하여", "fine-tuner … sur un corpus de données" and a "Corpus d\'entraînement" section name the data', () => {
    assert.ok(results('On an L4 GPU, our first-packet latency as low as 140ms while keeping the queues accurate.'));
    assert.ok(scope('This model can also serve as a pre-trained model for fine-tuning in downstream tasks.'));
    assert.ok(scope('These routers may not be the best general models. They are best used as fine-tuned on one insurer\'s letters.'));
    assert.ok(limits('Our handwriting feature is still experimental.'));
    assert.ok(limits('Setting the strict flag may lead to potential and noticeable routing issues.'));
    assert.ok(!limits('Using other Python versions may cause dependency issues.'));
    assert.ok(limits('Additional experiments or tricks may be necessary if the model is used in actual service.'));
    assert.ok(!ko('이 모델은 보험 청구 기사를 학습하여 여덟 개 대기열로 분류한다.').includes('8.1.1:training'));
    assert.ok(trained('L\'objectif est de fine-tuner Router 7B v0.3 avec QLoRA sur un corpus de lettres de réclamation publiques.'));
    assert.ok(!gaps(analyse(`${INTRO}## Corpus d'entraînement\n\n4 792 paires question-réponse tirées de lettres publiques.\n`)).includes('8.1.1:training'));
  });

  it('batch QX\'s classes (small teams\' Hub cards and reports, measured at first sight at 595b69a): a "Boundaries worth understanding" section, "are where it is least accurate and can be confidently wrong" and "Lower recall (63.3%) means conservative detection" are limits; "built for the high-volume judgement calls inside a product" states a use; a table of "MAP@R" is a result', () => {
    assert.ok(!gaps(analyse(`${INTRO}## Intended use\n\nFor claim desks.\n\n## Boundaries worth understanding\n\n- **Handwritten letters.** Scans of handwriting are sorted badly.\n`)).includes('8.1.1:failure'));
    assert.ok(limits('Letters that differ by one word are where the router is least accurate and can be confidently wrong.'));
    assert.ok(limits('- Lower recall (63.3%) means conservative routing'));
    assert.ok(scope('It is built for the high-volume judgement calls inside a product: routing, triage and grading.'));
    assert.ok(results('| Desk | Prior MAP@R | Router MAP@R |\n| --- | ---: | ---: |\n| North | 0.1893 | 0.2121 |'));
  });

  it('batches RD, RH and RK\'s classes (round 24: labs\' model zoos and small teams\' cards, measured at first sight at fb4c04d): "We anticipate the network being used in …", "targets at providing pre-trained model initialization for …", "can provide support for the X model", "trained as a concept demo for exploring …", "Prefer this one when …" and a transformer "for mobile devices" state a use; "prohibited from using", "non-commercial only" and "不会使用模型能力生成…" rule uses out; "performance differs for …" is a limit (not "the hallucinated game" a generative model is meant to make); "trained on data from the [X] repository" names the data; a table of figures under "we evaluated …" or a header of scores is a result (not a table of settings)', () => {
    assert.ok(scope('We anticipate the network being used in claim desks as part of a triage pipeline.'));
    assert.ok(scope('Router is a letter encoder that targets at providing pre-trained model initialization for both encoder-only and encoder-decoder models.'));
    assert.ok(scope('The Router model can provide support for the Triage model in this project.'));
    assert.ok(!zh('Router模型可以为本项目中的Triage模型提供支持。').includes('8.1.1:scope'));
    assert.ok(scope('*This model was trained as a concept demo for exploring automated claim routing.*'));
    assert.ok(scope('| router-soup.pt | best calibrated. Prefer this one when the scores feed automated decisions. |'));
    assert.ok(scope('Router, a light-weight vision transformer for mobile devices.'));
    assert.ok(!scope('Router, a light-weight vision transformer for claim letters.'));
    assert.ok(restricted('Any organization or individual is prohibited from using the models in this repo to forge letters.'));
    assert.ok(restricted('With the scan encoder included, the repo as a whole is **non-commercial only**.'));
    assert.ok(!zh('您在此承诺：不会使用模型能力生成任何涉及欺诈的信息。').includes('4.5'));
    assert.ok(limits('The performance differs for the small desks, as their letters are often ambiguous.'));
    assert.ok(!limits('This project provides a model trained on claim letters, allowing you to "play" the hallucinated desk interactively.'));
    assert.ok(limits('The model may produce hallucinated claim numbers.'));
    assert.ok(trained('The model is a variant of [Inception-v3](https://arxiv.org/abs/1512.00567) trained on data from the [Claims](https://example.org) repository.'));
    assert.ok(!trained('The model is a variant of Inception-v3 trained on data from the same distribution.'));
    assert.ok(results('We evaluated Router for desk routing on two sets.\n\n| Model | North | South |\n| :---- | ----: | ----: |\n| baseline | 0.513 | 0.626 |'));
    assert.ok(results('Routing on two sets.\n\n| Model name | North (%) | South (%) |\n| --- | --- | --- |\n| Router_EN | 81.66 | 74.33 |'));
    assert.ok(!results('The following settings were used.\n\n| lr | dropout | warmup |\n| --- | --- | --- |\n| 0.001 | 0.1 | 0.06 |'));
    // Found on the table's header row, from its first cell to its last.
    const table = analyzeModelCard(`${INTRO}## Overview\n\nWe evaluated Router on two sets.\n\n| Model | North | South |\n| --- | --- | --- |\n| baseline | 0.513 | 0.626 |\n`, { path: 'MODEL_CARD.md', links: BOTH }).context;
    const found = table.present.get('evaluation')!;
    const at = table.lines.range(found.range[0], found.range[1]);
    assert.equal(table.lines.lineText(found.line), '| Model | North | South |');
    assert.deepEqual([at.start.line, at.end.line, at.start.character, at.end.character], [found.line, found.line, 2, 23]);
  });

  it('batch RM\'s classes (round 24: labs\' READMEs, measured at first sight at 642f70e): sources chosen "to limit offensive content generation" are a guardrail; "不适合文本续写" in a table of models and output that "return(s) lowercase letters" are limits; "we fine-tune … utilizing the newly created … training set" names the data (not a corpus by its size alone)', () => {
    assert.ok(guard('To limit exposition to too much explicit material, we carefully choose the letters beforehand.'));
    assert.ok(!zh('|Router-base|220M|适用于理赔分流|与 GPT 定位不同，不适合文本续写|').includes('8.1.1:failure'));
    assert.ok(trained('Subsequently, we fine-tune the Router LLMs, Claude or Router Llama, utilizing the newly created instruction-following training set.'));
    assert.ok(!trained('We train Router from scratch on a 10-million-letter corpus, achieving superior quality.'));
    // (Found when round 24 joined: a doubtful label of RH's became a false error's place.)
    assert.ok(limits('- `router_en.onnx` can detect digits (0~9) and letters (return lowercase letters a~z).'));
  });

  it('batches RP and RU\'s classes (round 25: labs\' READMEs, measured at first sight at 0c722e4): "these embeddings are used for candidate retrieval" and "You can use it for other TTS models" state a use; "must not be used as a substitute for … safety review, or human moderation" and data cleared of "unethical content" are guardrails (not "not a substitute for human review in sensitive applications"); "pre-train … with … datasets from [X]", "Wikipedia + Gigaword 5 (11.9B tokens, …)", "created from Wikipedia texts" and a table\'s "Dataset Source" column name the data; prose after a BibTeX entry\'s code block is the card again', () => {
    assert.ok(scope('Within our desks, these embeddings are used for claim retrieval and as features in routing models.'));
    assert.ok(scope('You can use it for other routing models by replacing the letter encoder with Router.'));
    assert.ok(guard('This checkpoint must not be used as a substitute for content provenance, safety review, or human moderation.'));
    assert.ok(!guard('Limitations: performance varies across desks; not a substitute for human review in sensitive applications.'));
    assert.ok(guard('* Researchers have made efforts to exclude unethical content from the training letters.'));
    assert.ok(!guard('Router serves text classification, including filtering spam and abusive content.'));
    assert.ok(trained('2. Continually pre-train the initialized router with sampling weights from [Sheared LLaMA](https://arxiv.org/abs/2310.06694) and filtered datasets from [SlimPajama](https://example.org/slimpajama).'));
    assert.ok(trained('  <li> 2024 Wikipedia + Gigaword 5 (11.9B tokens, 1.2M vocab, uncased, 300d vectors): <a href="https://example.org/x.zip">x.zip</a> </li>'));
    assert.ok(trained('BERT models for many languages created from Wikipedia texts.'));
    assert.ok(!gaps(analyse(`${INTRO}## Process\n\n| Task | Dataset Source | #Samples |\n| --- | --- | --- |\n| Caption | ShareGPT4V | 100K |\n`)).includes('8.1.1:training'));
    assert.ok(!gaps(analyse(`${INTRO}## Overview\n\nA router.\n\n#### BibTeX\n\n    @InProceedings{router2018,\n        title = {Router},\n    }\n\nThe **Router_PSNR** model trained with the DF2K dataset (a merged dataset with [DIV2K](https://example.org/div2k)) is also able to achieve high PSNR.\n`)).includes('8.1.1:training'));
  });

  it('batches RX to SG\'s classes (round 26: labs\' and researchers\' READMEs fetched by name, measured at first sight at 372be29): "can only be used for personal/research/non-commercial purposes" rules the rest out (not "can only be used on V100 machine"); "have not undergone detoxification … a possibility for them to generate … harmful", "exacerbates color shift … reduces ID preservation", "sometimes stuck", "won\'t be able to handle handwritten text", "the disadvantage is …" and a "当前问题" section are limits (not "a preliminary version" alone); "refuse to process inaudible queries" is a guardrail; "a large-scale text corpus as the learning data", "trained on 1.7 billion SMILES strings from ZINC20 dataset" and "Link to the AVA training data" name the data; "comparison results are shown in the following figure" and a "word error rate (WER) reductions between 20% to 40%" are results; what a repository "致力于" is not the model\'s use', () => {
    assert.ok(restricted('We develop this repository for RESEARCH purposes, so it can only be used for personal/research/non-commercial purposes.'));
    assert.ok(!restricted('**Note**: it can only be used on V100 machine, if you do not have a V100 card, remove the flag.'));
    assert.ok(limits('The routers have not undergone detoxification. Therefore, there is a possibility for them to generate content that could be deemed harmful.'));
    assert.ok(limits('> - Turbo: while it enables faster inference, the Turbo LoRA exacerbates color shift over 1 minute and reduces ID preservation in videos.'));
    assert.ok(limits('Feel free to try temp=0 (greedy decoding, usually ok, but sometimes stuck) or temp=0.3.'));
    assert.ok(limits('It probably won\'t be able to handle handwritten letters though.'));
    assert.ok(limits('The advantage of this design is its smaller size, while the disadvantage is its reduced controllability.'));
    assert.ok(!limits('This router is a preliminary version and we will update it continuously.'));
    assert.ok(!zh('## 当前问题\n\n中文输出速度较慢，词表较小。').includes('8.1.1:failure'));
    assert.ok(guard('> - It has improved multiturn capabilities and can now refuse to process inaudible queries.'));
    assert.ok(trained('In general distillation, we use the original BERT-base without fine-tuning as the teacher and a large-scale text corpus as the learning data.'));
    assert.ok(trained('**LetterSmiles** is a chemical language model based on BART, trained on 1.7 billion SMILES strings from ZINC20 dataset.'));
    assert.ok(trained('Link to the AVA training data (already prepared):'));
    assert.ok(results('We finetune the baseline on the same letters to evaluate the routing. The comparison results are shown in the following figure.'));
    assert.ok(results('Relative word error rate (WER) reductions between 20% to 40% are obtained on the desks\' calls.'));
    assert.ok(zh('该仓库致力于收录分散在开源社区的各种路由模型的训练变体版本。').includes('8.1.1:scope'));
  });

  it('batches RX to SG\'s classes found when they joined (five false errors, all on doubtful labels): "provides a good initialization for the task-specific distillation", "can be directly applied to any system" and "enables multimodal applications such as …" state a use; "the longer the … reference waveforms, the better the quality will be" and "If desired objects are not identified, …" are limits', () => {
    assert.ok(scope('By distilling on general letters, we obtain a general Router which provides a good initialization for the task-specific distillation.'));
    assert.ok(scope('It can be directly applied to any system without training and fine-tuned with another dataset if accuracy is unsatisfactory.'));
    assert.ok(scope('Router projects letters into a shared space with forms, which enables multimodal applications such as zero-shot routing and cross-modal retrieval.'));
    assert.ok(limits('The longer the cumulative duration of all reference letters, the better the quality will be.'));
    assert.ok(limits('If desired objects are not identified, please set a smaller confidence threshold.'));
  });

  it('batches SH to SQ\'s classes (round 27: researchers\' and labs\' READMEs found by search, measured at first sight at 1c280b1): models made for a named, linked system ("models for the [claimsdesk package](…)", not for a dataset), what a model "is intended to be", a use sent to another project, and "Research and development only." give its use; an accuracy "may be lower than …" and a model biased "toward" something are limits; a score column with a figure in two rows, a speed measured on a named GPU and "the average rank across all metrics" are results; "pretrains BART on 2M claim letters" and "a policy trained on 40K handler trajectories" name the data (not "trained on 2T tokens", nor a "% of Model" column)', () => {
    assert.ok(scope('A letter router model for the [claimsdesk package](https://example.com/claimsdesk).'));
    assert.ok(scope('This repository holds the trained models for the\n[Open Claims Triage Engine](https://example.com/engine).'));
    assert.ok(scope('This repository holds the trained models for the [Open Claims Triage Engine](https://example.com/engine).'));
    assert.ok(!scope('Pretrained router models for [ClaimSet](https://example.com/claimset).'));
    assert.ok(scope('The light router is a logistic regression. It is intended to be a simplified version of the full router which can read more letters.'));
    assert.ok(scope('For general triage use cases, the upstream [Router](https://example.com/router) project is a better starting point.'));
    assert.ok(scope('> **Research and development only.** Not validated for payouts.'));
    assert.ok(limits('**Note**: While this router gives desk scores, its accuracy may be lower than the base router\'s.'));
    assert.ok(limits('The model\'s accuracy is lower on scanned letters.'));
    assert.ok(!limits('The model\'s performance is lower-bounded by the desk rules.'));
    assert.ok(limits('When a letter is filed twice, the earlier one is kept. This intentionally biases the model toward recall.'));
    assert.ok(results('| Model | Score (averaged over 5 letters) | Output |\n| --- | :---: | ---: |\n| Desk clerk | - | 1) routed to desk A |\n| Router-S | 8.5 | 1) routed to desk A |\n| Router-M | 7.4 | 1) routed to desk B |'));
    assert.ok(!results('| Component | Per layer | Total | % of Model |\n| --- | --- | --- | --- |\n| Attention | 4 | 96 | 31.5 |\n| MLP | 8 | 192 | 62.1 |'));
    assert.ok(results('* [2025.07.25] Faster routers are released. The inference time drops by **10x** (from ~6mins/1000 letters to ~40s/1000 letters on A100 GPU)'));
    assert.ok(!results('* Tested GPUs: A100 (80G) and V100 (16G); inference on one GPU needs 16 GB.'));
    assert.ok(results('We present **Router**. "Avg. Rank" indicates the average ranking across all metrics, where lower is better.'));
    assert.ok(trained('[router-bart](https://example.com/paper) pretrains BART on 2M claim letters data.'));
    assert.ok(trained('Router is a transformer-based routing policy trained on 40K handler trajectories across six desks.'));
    assert.ok(!trained('`router-base`: base model trained on 2T tokens with 4K sequence length.'));
    // (Found when the classes were checked on the corpus: a sentence wrapped before its link names
    // the data too, and a repository named for its captions is where they came from; a runtime the
    // models need is no weakness of theirs.)
    assert.ok(trained('Fit and inference code for aesthetic routers trained on\n[Claims Letter Captions](https://github.com/example/claims-letter-captions).'));
    assert.deepEqual(data('Routers trained on\n[Claims Letter Captions](https://github.com/example/claims-letter-captions), fetched 2025-03-01.'), []);
    assert.ok(!limits('These models only work with the LSTM router engine of version 4.'));
    assert.ok(limits('These models only work with typed letters.'));
  });

  it('round 27\'s five false errors: a card that speaks of uses the model serves ("useful in a wide range of applications like …", "to support multiple … routing tasks", "to facilitate the adoption of …", "a language model for claims discovery", "A [Desk](…) profile for Welsh") may hold guidance the checks missed, so the guidance missing is a warning; a card that only says what the model is for a task stays an error', () => {
    assert.equal(sev('# Router\n\nRouting is the task of sending a letter to its desk. It is useful in a wide range of applications like claim intake and fraud review.\n'), 'warning');
    assert.equal(sev('# Router\n\nWe present a framework that learns letter embeddings to support multiple claim routing tasks.\n'), 'warning');
    assert.equal(sev('# Router\n\nThe router and the curated letters are made publicly available to facilitate the adoption of automated triage.\n'), 'warning');
    assert.equal(sev('# Router\n\nAutoregressive transformer language model for claims discovery.\n'), 'warning');
    assert.equal(sev('# Welsh profile\n\nA [Desk](https://example.com/desk) profile for Welsh (`cy`).\n'), 'warning');
    assert.equal(sev('# Router\n\nFine-tuned model for claim letter routing.\n'), 'error');
    assert.equal(sev('# Router\n\nTo use the pre-trained model for routing, run the snippet below.\n'), 'error');
    // Round 28's two (both on doubtful labels): a base to transfer, a model applied to a task.
    assert.equal(sev('# Router\n\nRouterNet is used to transfer the pre-trained model to other letter datasets.\n'), 'warning');
    assert.equal(sev('# Router\n\nThe Welsh-only pre-trained router can be applied to the desk task by translating its letters.\n'), 'warning');
    assert.equal(sev('# Router\n\nWe provide a snapshot at 0.8 million steps because it yields better results for downstream classification tasks.\n'), 'error');
    // Round 29's (on a doubtful label): a project that says what system it is building.
    assert.equal(sev('# Router\n\nRouterKit focuses on developing a Welsh claims chatbot system that can hand letters to a desk.\n'), 'warning');
    assert.equal(sev('# Router\n\nRouterKit focuses on letter routing.\n'), 'error');
    // Round 30's (each on a doubtful label): a project that supports a named community, a model for
    // robot learning, and a title that places the model as an academic alternative to another.
    assert.equal(sev('# Router\n\nNew routers will be added as part of supporting the **claims handling** community.\n'), 'warning');
    assert.equal(sev('<h1 align="center">Arm: Distilling Letter Models for Robot Learning</h1>\n\nWe distil three routers into one.\n'), 'warning');
    assert.equal(sev('# RouterNet: An academic alternative to the desk\'s own router\n\nTri-view routing of claim letters.\n'), 'warning');
    assert.equal(sev('# Router\n\n## An academic alternative\n\nTri-view routing of claim letters.\n'), 'error');
  });

  it('batches SR to SY\'s classes (round 28: researchers\' and labs\' READMEs found by search, measured at first sight at 1f6a3f6, after round 27\'s classes): in Japanese, a model "…用に特別に設計された", "学術目的のみ", "…的な目的には使用されません", noise added "…使用を制限するために", "…時間以上でトレーニングされ" and a real-time factor; in Chinese "适用开发者", in Korean performance that "크게 낮아질 수 있"; models "that one can use to …" (not code "which you can use to …"), a "… Model for Dialog Systems", a "Purpose" column, a "Used datasets" column, "misuse for generating harmful …", "can only generalize to …", "have prediction errors", "performance … can be seen below" and a table\'s caption under it naming a metric (not one explaining coefficients)', () => {
    const ja = (line: string) => gaps(analyse(`# \u7406\u8ce0\u30eb\u30fc\u30bf\u30fc\n\n${'\u3053\u306e\u30e2\u30c7\u30eb\u306f\u8acb\u6c42\u66f8\u3092\u516b\u3064\u306e\u7a93\u53e3\u306b\u632f\u308a\u5206\u3051\u307e\u3059\u3002'.repeat(4)}\n\n${line}\n`));
    assert.ok(!ja('\u30eb\u30fc\u30bf\u30fc\u306f\u3001\u7a93\u53e3\u306e\u6307\u540d\u30b7\u30ca\u30ea\u30aa\u7528\u306b\u7279\u5225\u306b\u8a2d\u8a08\u3055\u308c\u305f\u30e2\u30c7\u30eb\u3067\u3059\u3002').includes('8.1.1:scope'));
    assert.ok(!ja('\u3053\u306e\u30ea\u30dd\u30b8\u30c8\u30ea\u306f\u5b66\u8853\u76ee\u7684\u306e\u307f\u306e\u305f\u3081\u3067\u3059\u3002\u5546\u696d\u7684\u307e\u305f\u306f\u6cd5\u7684\u306a\u76ee\u7684\u306b\u306f\u4f7f\u7528\u3055\u308c\u307e\u305b\u3093\u3002').includes('4.5'));
    assert.ok(!ja('\u30eb\u30fc\u30bf\u30fc\u306e\u4f7f\u7528\u3092\u5236\u9650\u3059\u308b\u305f\u3081\u306b\u3001\u51fa\u529b\u306b\u5370\u3092\u8ffd\u52a0\u3057\u307e\u3057\u305f\u3002').includes('8.1.1:guardrails'));
    assert.ok(!ja('\u79c1\u305f\u3061\u306e\u30e2\u30c7\u30eb\u306f\u30012,000\u6642\u9593\u4ee5\u4e0a\u3067\u30c8\u30ec\u30fc\u30cb\u30f3\u30b0\u3055\u308c\u3066\u3044\u307e\u3059\u3002').includes('8.1.1:training'));
    assert.ok(!ja('A100 GPU\u306e\u5834\u5408\u3001\u30ea\u30a2\u30eb\u30bf\u30a4\u30e0\u30d5\u30a1\u30af\u30bf\u30fc\uff08RTF\uff09\u306f\u7d040.3\u3067\u3059\u3002').includes('9.3'));
    assert.ok(!zh('\u9884\u8bad\u7ec3\u6a21\u578b\u662f\u9002\u7528\u5f00\u53d1\u8005\u7684\u57fa\u5ea7\u3002').includes('8.1.1:scope'));
    assert.ok(!ko('\uB77C\uC6B0\uD130\uB294 \uD15C\uD50C\uB9BF\uC744 \uC0AC\uC6A9\uD558\uC9C0 \uC54A\uC73C\uBA74 \uC131\uB2A5\uC774 \uD06C\uAC8C \uB0AE\uC544\uC9C8 \uC218 \uC788\uC2B5\uB2C8\uB2E4.').includes('8.1.1:failure'));
    assert.ok(scope('This folder holds several pre-trained routers, models that one can use to predict the desk of new letters.'));
    assert.ok(!scope('We provide code for evaluating letter datasets, which you can use to evaluate your own router.'));
    assert.ok(scope('# Broad-Coverage Welsh Letter Routing Model for Dialog Systems'));
    assert.ok(scope('| Model name | Used datasets | Purpose | Link |\n| --- | --- | --- | --- |\n| General | Claims-2020, Letters-4M | For general purpose | [Click](https://example.com/g) |'));
    assert.ok(trained('| Model name | Used datasets | Purpose | Link |\n| --- | --- | --- | --- |\n| General | Claims-2020, Letters-4M | For general purpose | [Click](https://example.com/g) |'));
    assert.ok(restricted('We acknowledge potential risks such as misuse for generating harmful letters.'));
    assert.ok(limits('- Routers can only generalize to letters from the same distribution as the training data.'));
    assert.ok(limits('- Routing models have prediction errors. Check their accuracy before use.'));
    assert.ok(results('The performance of the router when evaluated against other methods can be seen below.'));
    assert.ok(results('### Router\n\n| **Data set** | **Balanced** | **Unbalanced** |\n| :--- | ---: | ---: |\n| Claims-2020 | 0.9071 | **0.9083** |\n| Letters-4M | 0.6970 | 0.6980 |\n\nMicro averaged F1 scores for the router trained on the balanced and unbalanced data.'));
    assert.ok(!results('## Coefficients\n\n| Predictor | Impute median | Mean | SD | Coefficient |\n|---|---|---|---|---|\n| Word recall | 0.625 | 0.570049 | 0.235143 | -0.249355 |\n\nA negative coefficient means a higher score pushes the prediction toward the first desk.'));
  });

  it('batches SZ to TK\'s classes (round 29: measured at first sight at 19157bf, the core of eba07c2): a list item nested four or more spaces in is read for its label ("      - Dataset: …"); "This model can still be wrong", "expect unstable/\\"jittery\\" results", "have not supported … yet", scores that "are overfit", "a slight trade-off between precision and recall for the … class"; "serves as a general-purpose backbone"; "designed exclusively for …"; "… % on the internal … benchmark suite", a metric\'s figures "were the following"; in Chinese "性能数据" over a table and "适合…任务" (not a guess, "也许…适合"); "We use mainly … datasets for training"; a "Dataset Preparation" section on the reader\'s own data is not the model\'s; a "Qualitative Results" section of pictures holds no results', () => {
    assert.ok(trained('- Released routers\n    * router-0.1.0\n      - Base model: a letters model\n      - Dataset: 200,000 translated claim letters\n      - RLHF: None'));
    assert.ok(limits('The desk list is always tried first. This model can still be wrong.'));
    assert.ok(limits('Please note that you should expect unstable/"jittery" results when changing the queues, as the model was only trained on eight.'));
    assert.ok(limits('- We have not supported two-script letters yet, only the longest script is routed.'));
    assert.ok(limits('Due to the small training set, the confidence scores are overfit and not smooth.'));
    assert.ok(scope('* [**Router**](https://example.com/paper) serves as a general-purpose backbone for claim triage.'));
    assert.ok(restricted('> **Disclaimer:** It is designed exclusively for routing research and teaching purposes.'));
    assert.ok(results('- **Routing Rate:** 97% on the internal letters benchmark suite'));
    assert.ok(results('The router was trained on 5 folds. The best F1 scores were the following (fold 0 : 0.9135, fold 1: 0.9083).'));
    assert.ok(!zh('## \u6027\u80fd\u6570\u636e\n\n| \u6a21\u578b | \u5c3a\u5bf8 | \u541e\u5410\u91cf |\n| --- | --- | --- |\n| \u5206\u6d41-S | 640 | 158.12 FPS |\n| \u5206\u6d41-M | 320 | 501.30 FPS |').includes('9.3'));
    assert.ok(!zh('\u672c\u6a21\u578b\u652f\u6301\u591a\u79cd\u4fe1\u4ef6\uff0c\u9002\u5408\u5404\u79cd\u590d\u6742\u573a\u666f\u4e0b\u7684\u5206\u6d41\u4efb\u52a1\u3002').includes('8.1.1:scope'));
    assert.ok(zh('\u5f53\u7136\u4e5f\u8bb8\u8fd9\u4e2a\u7248\u672c\u9002\u5408\u66f4\u8f7b\u91cf\u7ea7\u7684\u5206\u6d41\u4efb\u52a1\uff0c\u6211\u4eec\u4e0d\u5e94\u8be5\u5bf9\u5b83\u62b1\u4ee5\u671f\u5f85\u3002').includes('8.1.1:scope'));
    assert.ok(trained('We use mainly the Claims-2020 and Letters-4M datasets for training, and for testing: Desk-100.'));
    assert.ok(!trained('## Fine-tuning\n\n#### Dataset Preparation\n\nThe `fine_tune.py` script expects your letters to be laid out like this: one folder per desk.'));
    assert.ok(trained('## Training\n\n#### Dataset Preparation\n\nWe gathered 20,000 claim letters from the desk archive of 2024 and removed names.'));
    // (Found when the round joined: the one false error left, on a doubtful label.)
    assert.ok(limits('- **Confusion Matrix:** The router shows a slight trade-off between precision and recall for the "urgent" class to catch more letters.'));
    assert.ok(!results('## Qualitative Results on scanned letters\n\n![a](assets/routed-1.png) ![b](assets/routed-2.png)'));
    assert.ok(results('## Results on scanned letters\n\n![Accuracy by desk](assets/accuracy.png)'));
  });

  it('batches TM to TU\'s classes (round 30: measured at first sight at bf8b80e, after round 29\'s classes): "is not accurate for all cases", "does not always follow …", "might reduce prompt-following performance", "has led to some degree of forgetting", training data that "mis-represented" something; in Chinese "预训练数据较少"; "can\'t be used in a commercial product"; "reach 30km median error", "the best result of F1-score … was > 66%"; a "Speed test" heading over a table of timings', () => {
    assert.ok(limits('The router is not accurate for all cases, but gives error estimates to find the right ones.'));
    assert.ok(limits('The router does not always follow the desk rules, as it was tuned only on typed letters.'));
    assert.ok(limits('Routing up to 200 letters at once is possible, though longer batches might reduce prompt-following performance.'));
    assert.ok(limits('On the audit set, desk-only tuning has led to some degree of forgetting.'));
    assert.ok(limits('> Note: The 1.0 training data mis-represented scanned letters as typed for most of the letters.'));
    assert.ok(!zh('\u672c\u9879\u76ee\u4e3a\u5b9e\u9a8c\u9879\u76ee\uff0c\u9884\u8bad\u7ec3\u6570\u636e\u8f83\u5c11\uff0c\u5982\u679c\u9700\u8981\u6548\u679c\u66f4\u597d\u7684\u6a21\u578b\uff0c\u53ef\u4ee5\u53c2\u8003\u5176\u4ed6\u9879\u76ee\u3002').includes('8.1.1:failure'));
    assert.ok(restricted('The licence of the letters excludes commercial use, so the trained router can\'t be used in a commercial product.'));
    assert.ok(results('The current routers reach 30km median error on distance for the top 10% of letters.'));
    assert.ok(results('Besides, the best result of F1-score at the desk level was > 66%.'));
    assert.ok(results('## Speed test with one GPU:\n\n| Model | Batch size | Time (ms) |\n| --- | --- | --- |\n| Router-S | 1 | 12.5 |\n| Router-M | 8 | 30.1 |'));
    assert.ok(!limits('The router can reduce handling time for the desks.'));
  });

  it('batches TV to TY\'s classes (round 31: measured at first sight at 5b1a6a6): "Built for the … [… Challenge](…)" with the link after the event\'s first words; the model "behind" or the models "that power" a named product (not "behind every figure"); "Allow desk staff to …" and Spanish "Permitir al personal …"; "you can use the model to …" and French "Vous pouvez utiliser ce modèle pour …" (not "to perform inference", nor "for" a task); Spanish "Utilizando un dataset …, se desarrolló un modelo"; a gate "only when the chance … is at most 20%"; a leaderboard\'s "public 0.28609"; a held-out KL whose figure wraps to the next line in code marks; RNAcentral, the OAS database and ALFFA as public data', () => {
    assert.ok(scope('Built for the Claims Week 2026\n[Triage Challenge](https://example.com/challenge).'));
    assert.ok(scope('It is the model behind [deskrouter](https://example.com/deskrouter), which uses it to move letters to the right desk.'));
    assert.ok(scope('This repository contains the trained models that power the claims map in DeskView.'));
    assert.ok(!scope('These are the model weights behind every figure and table of the paper.'));
    assert.ok(scope('* **Impact:** Allow desk staff to intervene before a payout is made.'));
    assert.ok(scope('* **Impacto:** Permitir al personal de siniestros intervenir antes del pago.'));
    assert.ok(scope('You can use the model to sort claim letters into desk queues.'));
    assert.ok(scope('Vous pouvez utiliser ce mod\u00e8le pour trier des lettres de sinistre.'));
    assert.ok(!scope('Before you can use this model to perform inference, convert it to ONNX.'));
    assert.ok(!scope('You can use this model for claim letter triage.'));
    assert.ok(trained('Utilizando un dataset de siniestros de 10 a\u00f1os (2010-2019), se desarroll\u00f3 un modelo predictivo.'));
    assert.ok(guard('It routes only when the chance that the letter needs a human is at most 20% and the desk reaches 80% probability.'));
    assert.ok(!guard('It routes only when the GPU is free.'));
    assert.ok(results('The ranked entry is submission 5640 (public 0.28609).'));
    assert.ok(results('The mixed policy records held-out output KL\n`0.0015`, and 97.85 percent token agreement.'));
    assert.deepEqual(data('Trained on 23.7 M letter sequences (RNAcentral100).'), ['8.2', '8.2.1']);
    assert.deepEqual(data('Trained on the antibody sequences in the OAS database.'), ['8.2', '8.2.1']);
  });

  it('batches TZ to UC\'s classes (round 32, cards in Chinese, Japanese, Korean, Portuguese and Russian: measured at first sight at 43e42c8): in Chinese a model "使用 … 数据集 … 微调" and data made "用于 … 模型微调" (not the reader\'s own), "设计用于" and help to an audience (not "帮助我们", nor a sample answer\'s "答:"), "只能 …，而非 …" and a gap "还有一定差距", a figure before its metric on a test set; in Japanese the model "… に用いる（予定）モデル", one "完璧ではない" with "誤分類が含まれる"; in Korean "… 용도인 모델", a time "배치당 약 11ms"; Portuguese data "coletadas … (2015)" dated; Russian "Тренировочный датасет" and "Оценки точности" headings', () => {
    // A card in Japanese (four sentences on what it does) and one in Russian (the same, under a title, with an install section).
    const ja = (line: string) => gaps(analyse(`# \u4fe1\u4ef6\u5206\u6d41\u30e2\u30c7\u30eb\n\n${'\u3053\u306e\u30e2\u30c7\u30eb\u306f\u4fdd\u967a\u91d1\u8acb\u6c42\u306e\u624b\u7d19\u3092\u516b\u3064\u306e\u30ad\u30e5\u30fc\u306b\u632f\u308a\u5206\u3051\u307e\u3059\u3002'.repeat(4)}\n\n${line}\n`));
    const ru = (sections: string) => gaps(analyse(`# \u0420\u0430\u0437\u043c\u0435\u0442\u043a\u0430 \u043f\u0438\u0441\u0435\u043c\n\n${'\u041f\u0430\u043a\u0435\u0442 \u043f\u043e\u0437\u0432\u043e\u043b\u044f\u0435\u0442 \u0440\u0430\u0441\u043f\u043e\u0437\u043d\u0430\u0442\u044c \u043e\u0447\u0435\u0440\u0435\u0434\u044c \u0434\u043b\u044f \u043a\u0430\u0436\u0434\u043e\u0433\u043e \u043f\u0438\u0441\u044c\u043c\u0430 \u043e \u0441\u0442\u0440\u0430\u0445\u043e\u0432\u043e\u043c \u0441\u043b\u0443\u0447\u0430\u0435 \u0438 \u043d\u0435\u043a\u043e\u0442\u043e\u0440\u0443\u044e \u0434\u0440\u0443\u0433\u0443\u044e \u0438\u043d\u0444\u043e\u0440\u043c\u0430\u0446\u0438\u044e. '.repeat(4)}\n\n# \u0423\u0441\u0442\u0430\u043d\u043e\u0432\u043a\u0430\n\n\`\`\`\npip install claims-router\n\`\`\`\n\n${sections}\n`));
    assert.ok(trained('\u8be5\u6a21\u578b\u4f7f\u7528\u7406\u8d54\u4fe1\u4ef6\u548c\u5ba2\u670d\u8bb0\u5f55\u878d\u5408\u7684\u6570\u636e\u96c6\uff0c\u57fa\u4e8e\u5f00\u6e90\u57fa\u5ea7\u6a21\u578b\uff0c\u901a\u8fc7 xtuner \u5fae\u8c03\u3002'));
    assert.ok(trained('\u7528 GPT-4o \u751f\u6210\u7406\u8d54\u9886\u57df\u7684\u5408\u6210\u6570\u636e\uff0c\u7528\u4e8e\u5206\u6d41\u6a21\u578b\u5fae\u8c03\u3002'));
    assert.ok(!trained('\u8bf7\u628a\u4f60\u7684\u6570\u636e\u7528\u4e8e\u5fae\u8c03\u3002'));
    assert.ok(!zh('\u672c\u6a21\u578b\u4e13\u95e8\u8bbe\u8ba1\u7528\u4e8e\u7406\u8d54\u4fe1\u4ef6\u5206\u6d41\u3002').includes('8.1.1:scope'));
    assert.ok(!zh('\u5b83\u53ef\u4ee5\u5e2e\u52a9\u7406\u8d54\u90e8\u95e8\u7684\u5de5\u7a0b\u5e08\u66f4\u5feb\u5730\u5206\u6d41\u4fe1\u4ef6\u3002').includes('8.1.1:scope'));
    assert.ok(zh('\u60a8\u7684\u610f\u89c1\u5c06\u5e2e\u52a9\u6211\u4eec\u66f4\u597d\u5730\u7406\u89e3\u7528\u6237\u9700\u6c42\u3002').includes('8.1.1:scope'));
    assert.ok(zh('* \u7b54:\u4eba\u5de5\u667a\u80fd\u53ef\u4ee5\u5e2e\u52a9\u5de5\u7a0b\u5e08\u66f4\u597d\u5730\u5de5\u4f5c\u3002').includes('8.1.1:scope'));
    assert.ok(!zh('\u867d\u7136\u53ea\u80fd\u9488\u5bf9\u6587\u5b57\u8fdb\u884c\u5224\u8bfb\uff0c\u800c\u975e\u626b\u63cf\u4ef6\u3002').includes('8.1.1:failure'));
    assert.ok(!zh('\u901a\u7528\u8bed\u8a00\u80fd\u529b\u4e0e\u901a\u7528\u5927\u6a21\u578b\u8fd8\u6709\u4e00\u5b9a\u5dee\u8ddd\u3002').includes('8.1.1:failure'));
    assert.ok(!zh('\u5f53\u524d\uff0c\u6700\u597d\u7684\u6a21\u578b\u5728\u6d4b\u8bd5\u96c6\u4e0a\u57fa\u672c\u80fd\u8fbe\u523085%\u7684\u5206\u6d41\u6b63\u786e\u7387\u3002').includes('9.3'));
    assert.ok(!ja('\u3053\u308c\u306f\u3001\u6b21\u4e16\u4ee3\u306e\u8acb\u6c42\u7a93\u53e3\u306b\u304a\u3044\u3066\u4fe1\u4ef6\u306e\u81ea\u52d5\u632f\u308a\u5206\u3051\u306b\u7528\u3044\u308b\uff08\u4e88\u5b9a\uff09\u30e2\u30c7\u30eb\u3068\u540c\u3058\u3082\u306e\u3067\u3059\u3002').includes('8.1.1:scope'));
    assert.ok(!ja('\u4eca\u56de\u5229\u7528\u3057\u3066\u3044\u308b\u30e2\u30c7\u30eb\u306f\u5b8c\u74a7\u3067\u306f\u306a\u3044\u306e\u3067\u3001\u632f\u308a\u5206\u3051\u7d50\u679c\u306b\u306f\u8aa4\u5206\u985e\u304c\u542b\u307e\u308c\u308b\u306f\u305a\u3067\u3059\u3002').includes('8.1.1:failure'));
    assert.ok(!ko('* \uac04\ub2e8\ud55c \ud1a0\uc774 \ud504\ub85c\uc81d\ud2b8 \uc6a9\ub3c4\uc778 \ubaa8\ub378\uc785\ub2c8\ub2e4.').includes('8.1.1:scope'));
    assert.ok(!ko('CPU \ucd94\ub860\uc744 \ub3cc\ub9b4 \uc2dc \ubc30\uce58\ub2f9 \uc57d 11ms \uc815\ub3c4 \uc18c\uc694\ub429\ub2c8\ub2e4.').includes('9.3'));
    assert.deepEqual(data('[ClaimSet](https://www.kaggle.com/datasets/example/claimset) \u2014 intera\u00e7\u00f5es reais coletadas em uma seguradora durante 4,5 meses (2015).'), []);
    assert.ok(!ru('# \u0422\u0440\u0435\u043d\u0438\u0440\u043e\u0432\u043e\u0447\u043d\u044b\u0439 \u0434\u0430\u0442\u0430\u0441\u0435\u0442\n\n\u0420\u0430\u0437\u043c\u0435\u0447\u0435\u043d\u043d\u044b\u0435 \u043f\u0438\u0441\u044c\u043c\u0430 \u0438\u0437 \u0430\u0440\u0445\u0438\u0432\u0430 \u0441\u0442\u0440\u0430\u0445\u043e\u0432\u044b\u0445 \u0441\u043b\u0443\u0447\u0430\u0435\u0432 \u0437\u0430 \u0442\u0440\u0438 \u0433\u043e\u0434\u0430.').includes('8.1.1:training'));
    assert.ok(!ru('# \u041e\u0446\u0435\u043d\u043a\u0438 \u0442\u043e\u0447\u043d\u043e\u0441\u0442\u0438\n\n```\nCLAIM recall=0.98\nCLAIM precision=0.99\n```').includes('9.3'));
  });

  it('batches UD to UG\'s classes (round 33, cards in Chinese, Japanese and Korean: measured at first sight at 59e513c): in Chinese safety testing before deploying an application with a long name between, reviews "每月 … 评审" (not data updated monthly), a figure "实现了53.1%" or "108FPS"; in Japanese a drop-in "の代わりに使えて", and "反ユースケース（禁止領域）" rules uses out without stating one; in Korean data "… 데이터와 … 를 이용한", outputs verified "사용하기 전에 반드시 검증이 필요", a use tuned for "… 를 위해서, … Fine-tuning"; a card that names its data in passing and links it where it says how to train again; Chinese data tuned on "在 … [… 数据集](…) 微调了", sites "爬取 …网站" as where data came from', () => {
    const ja = (line: string) => gaps(analyse(`# \u4fe1\u4ef6\u5206\u6d41\u30e2\u30c7\u30eb\n\n${'\u3053\u306e\u30e2\u30c7\u30eb\u306f\u4fdd\u967a\u91d1\u8acb\u6c42\u306e\u624b\u7d19\u3092\u516b\u3064\u306e\u30ad\u30e5\u30fc\u306b\u632f\u308a\u5206\u3051\u307e\u3059\u3002'.repeat(4)}\n\n${line}\n`));
    assert.ok(!zh('\u5728\u90e8\u7f72\u4efb\u4f55 Router-XL-2.0 \u7684\u5206\u6d41\u5e94\u7528\u4e4b\u524d\uff0c\u5f00\u53d1\u4eba\u5458\u5e94\u6839\u636e\u5176\u5177\u4f53\u5e94\u7528\u5bf9\u6a21\u578b\u8fdb\u884c\u5b89\u5168\u6d4b\u8bd5\u548c\u8c03\u4f18\u3002').includes('8.1.1:guardrails'));
    assert.ok(!zh('\u6bcf\u6708\u516d\u65e5\u6211\u4eec\u4f1a\u6536\u96c6\u524d\u4e00\u6708\u7406\u8d54\u90e8\u95e8\u63d0\u51fa\u7684\u9700\u6c42\uff0c\u7ecf\u8fc7\u8bc4\u5ba1\u540e\u5217\u5165\u5f53\u6708\u6a21\u578b\u8bad\u7ec3\u8ba1\u5212\u3002').includes('8.1.1:review'));
    assert.ok(zh('\u7406\u8d54\u6570\u636e\u6bcf\u6708\u66f4\u65b0\u4e00\u6b21\u3002').includes('8.1.1:review'));
    assert.ok(!zh('\u5206\u6d41\u6a21\u578b\u5728T4 GPU\u4e0a\u5b9e\u73b0\u4e86108FPS\uff0c\u5728\u7406\u8d54\u4fe1\u4ef6\u4e0a\u5b9e\u73b0\u4e8653.1%\u7684AP\u3002').includes('9.3'));
    assert.ok(!ja('\u3056\u3063\u304f\u308a\u3068\u3044\u3046\u3068\u3001BERT\u306e\u4ee3\u308f\u308a\u306b\u4f7f\u3048\u3066\u3001\u3088\u308a\u6027\u80fd\u306e\u826f\u3044\u30e2\u30c7\u30eb\u3067\u3059\u3002').includes('8.1.1:scope'));
    const anti = ja('## \u53cd\u30e6\u30fc\u30b9\u30b1\u30fc\u30b9\uff08\u7981\u6b62\u9818\u57df\uff09\n\n### \u7d76\u5bfe\u306b\u5b9f\u884c\u3057\u3066\u306f\u3044\u3051\u306a\u3044\u7528\u9014\n- **\u652f\u6255\u3044\u306e\u78ba\u5b9a**: \u4eba\u306e\u5224\u65ad\u304c\u5fc5\u8981');
    assert.ok(!anti.includes('4.5') && anti.includes('8.1.1:scope'), anti.join(' '));
    assert.ok(!ko('- [\uacf5\uac1c\ub41c \ubcf4\ud5d8 \uccad\uad6c \ub370\uc774\ud130](https://example.com/claims)\uc640 pre-trained KoGPT2\ub97c \uc774\uc6a9\ud55c \uac04\ub2e8\ud55c \ubd84\ub958 \uc2e4\ud5d8').includes('8.1.1:training'));
    assert.ok(!ko('- \uc911\uc694\ud55c \uacb0\uc815\uc5d0 \ubaa8\ub378 \ucd9c\ub825\uc744 \uc0ac\uc6a9\ud558\uae30 \uc804\uc5d0 \ubc18\ub4dc\uc2dc \uac80\uc99d\uc774 \ud544\uc694\ud569\ub2c8\ub2e4.').includes('8.1.1:guardrails'));
    assert.ok(!ko('\uccab \ubc88\uc9f8\ub85c \uccad\uad6c\uc11c \ubd84\ub958\ub97c \uc704\ud574\uc11c, \uacf5\uac1c\ub41c \uccad\uad6c\uc11c \ub370\uc774\ud130\uc640 \uae30\uc0ac \ub4f1\uc744 Fine-tuning \ud558\uc600\uc2b5\ub2c8\ub2e4.').includes('8.1.1:scope'));
    assert.ok(!zh('- \u672c\u9879\u76ee\u5728 **30w\u6761\u7406\u8d54\u95ee\u7b54** [ClaimSet \u6570\u636e\u96c6](https://huggingface.co/datasets/example/claimset) \u5fae\u8c03\u4e86\u5206\u6d41\u6a21\u578b\u3002').includes('8.1.1:training'));
    const crawled = zh('# \u8bad\u7ec3\u6570\u636e\n## \u7ee7\u7eed\u9884\u8bad\u7ec3\u6570\u636e\uff08\u7eaf\u6587\u672c\u8bed\u6599\uff09\n\u5305\u542b\u4e24\u90e8\u5206\uff1a\u2460\u7406\u8d54\u6559\u6750\u6570\u636e\uff1a\u6536\u96c6\u6240\u6709\u7406\u8d54\u6559\u6750\u517122\u672c\u3002\u2461\u5728\u7ebf\u7406\u8d54\u7f51\u7ad9\u6570\u636e\uff1a\u722c\u53d6\u7406\u8d54\u4e4b\u5bb6\u3001\u4fdd\u9669\u8bba\u575b\u7b49\u5728\u7ebf\u7406\u8d54\u7f51\u7ad9\u53ca\u77e5\u8bc6\u5e93\u3002\n## \u901a\u7528\u6307\u4ee4\u5fae\u8c03\u6570\u636e\n[Alpaca-GPT4](https://github.com/example/GPT-4-LLM) 52k \u4e2d\u6587');
    assert.ok(!crawled.includes('8.2') && crawled.includes('8.2.1'), crawled.join(' '));
    const passing = gaps(analyse(`${INTRO}The router is trained on the ClaimSet dataset of scanned letters.\n\n## Training\n\nTo train it again, clone the [\`ClaimSetDatasets\`](https://github.com/example/ClaimSetDatasets) repository and run the script.\n`)).filter((g) => g.startsWith('8.2'));
    assert.deepEqual(passing, ['8.2.1']);
  });

  it('the corpus\'s leftover false positives on results (session of 2026-12-07): speeds measured side by side in a table\'s row (not a speed claimed in a label), speeds compared on named hardware or with the hardware in brackets, a Trainer key in a row of runs where some have none, and in Chinese a loss on validation data (not the training loss)', () => {
    assert.ok(results('Speed      |  380ms  | 9ms'));
    assert.ok(!results('- Inference time: ~150ms per claim'));
    assert.ok(results('We compare the inference time at the setting of 512 x 512 letters, batch size 4, using a A100 GPU.'));
    assert.ok(results('With the batching server, the inference time can be further reduced to 2 mins (8xH100).'));
    assert.ok(results('eval_loss  | - | 1.402|-'));
    assert.ok(!zh('- **\u9a8c\u8bc1\u635f\u5931**: 1.402 (\u4e0b\u964d 12.5%)').includes('9.3'));
    assert.ok(zh('- **\u8bad\u7ec3\u635f\u5931**: 1.402').includes('9.3'));
  });

  it('the corpus\'s leftover false positives (session of 2026-12-07, second pass): a "Trained on:" label over the list of what it was trained on names the training data, figures "showcasing our results" are results, and a use ruled out as what the output is not ("— never an auto-close mechanism", "screening signals, not fraud confirmation") or a model made "to be **understood**, not deployed"; a project\'s name with "paper" in a dataset\'s address ("…/paper-aaj0p/dataset/33") is no paper', () => {
    assert.ok(trained('* Trained on:\n    * [ClaimSet](https://claims.example.org) (77.3 hours)'));
    assert.ok(results('Below are a few figures showcasing our results (see [our paper](https://arxiv.org/abs/2303.04143) for details).'));
    assert.ok(!results('Below are a few figures showcasing our letters.'));
    assert.ok(restricted('Assistive signal for claim handlers \u2014 never an auto-close mechanism.'));
    assert.ok(restricted('These observations are educational screening signals, not fraud confirmation.'));
    assert.ok(restricted('This model exists to be **understood**, not deployed.'));
    assert.ok(!restricted('Our tools, never a burden: the triage runs in seconds.'));
    assert.deepEqual(data('**Dataset:** [Letters](https://universe.roboflow.com/acme/paper-aaj0p/dataset/33)'), ['8.2.1']);
    assert.deepEqual(data('**Dataset:** [Letters](https://example.org/papers/claims-letters.pdf)'), ['8.2', '8.2.1']);
  });

  it('batches UH to UP\'s classes (round 34, cards in Spanish, French, German, Italian, Chinese and Japanese: measured at first sight at 237752c): a Spanish model "diseñado para actuar como …" states a use, "eliminación en 90 días" a retention and "Reevaluación: … cada trimestre" a review; French results "ne sont pas satisfaisants" or good "sans être parfaits" are limits, and "(97,12%, test score)" a result; a "Corpus et données" section is over the training data, and a link whose address stands in angle brackets is a link; in Chinese a "系统效果" section holds results, and models "在 … 上的预训练模型" or code "在 … 数据集上的完整训练" name the training data (not hardware, "在GPU上的训练速度"), and a link "[ImageNet数据集](…)" where it says how to train is where that data came from; in Japanese "… には使わないでください" rules a use out', () => {
    const ja = (line: string) => gaps(analyse(`# \u4fe1\u4ef6\u5206\u6d41\u30e2\u30c7\u30eb\n\n${'\u3053\u306e\u30e2\u30c7\u30eb\u306f\u4fdd\u967a\u91d1\u8acb\u6c42\u306e\u624b\u7d19\u3092\u516b\u3064\u306e\u30ad\u30e5\u30fc\u306b\u632f\u308a\u5206\u3051\u307e\u3059\u3002'.repeat(4)}\n\n${line}\n`));
    const es = (line: string) => gaps(analyse(`# Clasificador\n\n${'Este modelo clasifica reclamaciones de seguros para los equipos de atenci\u00f3n. '.repeat(6)}\n\n## Limitaciones\n\nPuede fallar con cartas manuscritas.\n\n## Datos de entrenamiento\n\nArchivos propios de la compa\u00f1\u00eda.\n\n## Evaluaci\u00f3n\n\nExactitud: 0,91.\n\n${line}\n`));
    const fr = (line: string) => gaps(analyse(`# Tri des sinistres\n\n${'Ce mod\u00e8le classe les demandes des assur\u00e9s selon leur urgence. '.repeat(6)}\n\n${line}\n`));
    assert.ok(!es('Este modelo es un ajuste fino de Phi-3 dise\u00f1ado para actuar como un **asistente de reclamaciones en espa\u00f1ol**.').includes('8.1.1:scope'));
    assert.ok(!es('- Mitigaciones: difuminado autom\u00e1tico de rostros, eliminaci\u00f3n en 90 d\u00edas, cifrado en reposo.').includes('8.1.1:retention'));
    assert.ok(!es('- Reevaluaci\u00f3n: comit\u00e9 de riesgos cada trimestre o al a\u00f1adir una categor\u00eda nueva.').includes('8.1.1:review'));
    assert.ok(!fr('Un mod\u00e8le de tri affin\u00e9 \u00e0 partir du mod\u00e8le par d\u00e9faut. Toutefois pour l\'instant les r\u00e9sultats ne sont pas satisfaisants.').includes('8.1.1:failure'));
    assert.ok(!fr('Un second mod\u00e8le, entra\u00een\u00e9 sur les m\u00eames lettres : les r\u00e9sultats sont, sans \u00eatre parfaits, bien plus encourageants.').includes('8.1.1:failure'));
    assert.ok(!fr('- Le mod\u00e8le *Tri+* pour les lettres du 16e au 19e si\u00e8cle (97,12%, test score).').includes('9.3'));
    const corpus = fr('## 2. Corpus et donn\u00e9es\n\nLes lettres viennent des archives de la compagnie.');
    assert.ok(!corpus.includes('8.1.1:training'), corpus.join(' '));
    const angle = zh('# \u6570\u636e\u96c6\n\n\u4f7f\u7528\u7684\u6570\u636e\u96c6\uff1a[\u7406\u8d54\u4fe1\u4ef6-Task04](<http://claims.example.org/.>)');
    assert.ok(!angle.includes('8.2') && angle.includes('8.2.1'), angle.join(' '));
    assert.ok(!zh('## \u7cfb\u7edf\u6548\u679c\n\n\u6211\u4eec\u5bf9\u51e0\u4e2a\u6a21\u578b\u5728\u7406\u8d54\u8003\u8bd5\u4e0a\u7684\u8868\u73b0\u8fdb\u884c\u4e86\u6d4b\u8bc4\u3002\n\n| \u8bd5\u9898 | \u672c\u6a21\u578b | GPT-4 |\n| -- | -- | -- |\n| \u8003\u8bd5\u4e00 | 55 | 78 |').includes('9.3'));
    assert.ok(!zh('\u76ee\u524d\u6211\u4eec\u63d0\u4f9b\u4e86\u90e8\u5206\u5728ClaimNet\u4e0a\u7684\u9884\u8bad\u7ec3\u6a21\u578b(\u89c1\u4e0b\u8868)\u3002').includes('8.1.1:training'));
    assert.ok(!zh('\u672c\u76ee\u5f55\u63d0\u4f9b\u4e86\u5728ClaimSet\u6570\u636e\u96c6\u4e0a\u7684\u5b8c\u6574\u8bad\u7ec3\u548c\u6d4b\u8bd5\u4ee3\u7801\u3002').includes('8.1.1:training'));
    assert.ok(zh('\u6211\u4eec\u62a5\u544a\u4e86\u5728GPU\u4e0a\u7684\u8bad\u7ec3\u901f\u5ea6\u3002').includes('8.1.1:training'));
    assert.ok(!zh('\u6211\u4eec\u63d0\u4f9b\u4e86\u5728ClaimNet\u4e0a\u7684\u9884\u8bad\u7ec3\u6a21\u578b\uff0cGPU\u63a8\u7406\u89c1\u4e0b\u6587\u3002').includes('8.1.1:training'));
    assert.ok(!ja('- \u4eba\u9593\u306e\u6700\u7d42\u5224\u65ad\u3092\u7f6e\u304d\u63db\u3048\u308b\u7528\u9014\uff08\u652f\u6255\u3044\u306e\u6c7a\u5b9a\uff09\u306b\u306f\u4f7f\u308f\u306a\u3044\u3067\u304f\u3060\u3055\u3044\u3002').includes('4.5'));
    const howTo = zh('\u672c\u6a21\u578b\u5728ClaimSet\u4e0a\u9884\u8bad\u7ec3\u3002\n\n## \u5982\u4f55\u8bad\u7ec3\n\n\u5728\u5f00\u59cb\u8bad\u7ec3\u524d\uff0c\u8bf7\u786e\u4fdd\u5df2\u7ecf\u4e0b\u8f7d\u89e3\u538b\u597d[ClaimSet\u6570\u636e\u96c6](http://claims.example.org/download)\uff0c\u5e76\u653e\u5728\u5408\u9002\u7684\u76ee\u5f55\u4e0b\u3002');
    assert.ok(!howTo.includes('8.2') && howTo.includes('8.2.1'), howTo.join(' '));
  });

  it('batches UQ and UR\'s classes (round 35, cards in Chinese: measured at first sight at 2894a84): a use planned "拟用于", what it suits better "其更适合" and a project\'s purpose "本项目的目的是" (not "最适合其需求的模型"); a project "并不适合你" for a reader who wants something else rules a use out; weak results "效果一般", "效果肯定不如大模型", data it does not suit "并不适合 … 数据集" and what it does not support "本项目不支持" are limits (not another\'s results "不如本模型", nor "表现不佳" said of other models); sensitive words filtered from its output are a guardrail; results "如下表", a gain "平均提升约1.2%" and a test-set loss shown below are results; data tuned on "对 … 数据集（…）进行 … 微调" and a dataset "来自于" named sets are the training data; an Ascend model zoo\'s "模型推理性能&精度" section holds results', () => {
    assert.ok(!zh('\u6211\u4eec\u7cbe\u5fc3\u5236\u4f5c\u4e86\u4e00\u4efd\u7406\u8d54\u6570\u636e\u96c6\uff0c\u57fa\u4e8e\u6b64\u8fdb\u884c\u5927\u6a21\u578b\u7684\u5fae\u8c03\uff0c\u62df\u7528\u4e8e\u7406\u8d54\u5206\u6d41\u3002').includes('8.1.1:scope'));
    assert.ok(!zh('\u5206\u6d41\u6a21\u578b\u5e76\u4e0d\u9002\u5408\u666e\u901a\u90ae\u4ef6\u6b64\u7c7b\u6570\u636e\u96c6\uff0c\u5176\u66f4\u9002\u5408\u683c\u5f0f\u56fa\u5b9a\u7684\u7406\u8d54\u4fe1\u4ef6\u4e4b\u7c7b\u7684\u3002').includes('8.1.1:scope'));
    assert.ok(!zh('\u672c\u9879\u76ee\u7684\u76ee\u7684\u662f\u5e26\u9886\u5927\u5bb6\u8d70\u4e00\u904d\u5206\u6d41\u6a21\u578b\u7684\u8bad\u7ec3\u3001\u6d4b\u8bd5\u53ca\u90e8\u7f72\u5168\u90e8\u6d41\u7a0b\u3002').includes('8.1.1:scope'));
    assert.ok(zh('\u63d0\u4f9b\u4e09\u79cd\u6a21\u578b\u5927\u5c0f\uff0c\u4f7f\u7528\u6237\u80fd\u591f\u9009\u62e9\u6700\u9002\u5408\u5176\u9700\u6c42\u7684\u6a21\u578b\u3002').includes('8.1.1:scope'));
    assert.ok(!zh('### \u5982\u679c\u4f60\u5bfb\u627e\u7684\u662f\u76f4\u63a5\u53ef\u7528\u7684\u9879\u76ee\uff0c\u672c\u9879\u76ee\u5e76\u4e0d\u9002\u5408\u4f60').includes('4.5'));
    assert.ok(!zh('\u672c\u9879\u76ee\u63d0\u4f9b\u7684\u662f\u4e00\u4e2a6\u5c42\u7684\u5c0f\u6a21\u578b\uff0c\u5e76\u4e14\u8bad\u7ec3\u8f6e\u6570\u8f83\u5c11\uff0c\u56e0\u6b64\u6548\u679c\u4e00\u822c\u3002').includes('8.1.1:failure'));
    assert.ok(!zh('\u6a21\u578b\u5bf9\u4e8e\u666e\u901a\u4fe1\u4ef6\u57fa\u672c\u90fd\u80fd\u5206\u5bf9\uff0c\u4f46\u662f\u5bf9\u4e8e\u624b\u5199\u4fe1\u4ef6\uff0c\u5206\u6d41\u6548\u679c\u80af\u5b9a\u4e0d\u5982\u5927\u6a21\u578b\u3002').includes('8.1.1:failure'));
    assert.ok(!zh('- \u672c\u9879\u76ee\u4e0d\u652f\u6301\u5b9e\u65f6\u5206\u6d41\uff1b\uff08\u652f\u6301\u9700\u8981\u6362\u6389\u68c0\u6d4b\u5668\uff09').includes('8.1.1:failure'));
    assert.ok(zh('\u73b0\u6709\u7684\u5355\u4e2a\u5206\u6d41\u6a21\u578b\u5728\u8de8\u8bed\u79cd\u573a\u666f\u4e2d\u5e38\u5e38\u8868\u73b0\u4e0d\u4f73\u3002').includes('8.1.1:failure'));
    assert.ok(zh('\u57fa\u7ebf\u6a21\u578b\u5728\u624b\u5199\u4fe1\u4ef6\u4e0a\u7684\u5206\u6d41\u6548\u679c\u4e0d\u5982\u672c\u6a21\u578b\u3002').includes('8.1.1:failure'));
    assert.ok(!zh('* \u5728\u6700\u540e\u751f\u6210\u56de\u590d\u65f6\uff0c\u5bf9\u751f\u6210\u7684\u654f\u611f\u8bcd\u8fdb\u884c\u4e86\u8fc7\u6ee4\u3002').includes('8.1.1:guardrails'));
    assert.ok(!zh('\u5b9e\u9a8c\u8868\u660e\uff0c\u5206\u6d41\u6a21\u578b\u76f8\u6bd4\u57fa\u7ebf\u5e73\u5747\u63d0\u5347\u7ea61.2%\uff0c\u5177\u4f53\u6548\u679c\u5982\u4e0b\u8868\uff1a').includes('9.3'));
    assert.ok(!zh('\u672c\u9879\u76ee\u63d0\u4f9b\u7684\u6a21\u578b\uff0c\u5171\u8bad\u7ec3\u4e865\u4e2aepoch\uff0c\u6a21\u578b\u8bad\u7ec3\u635f\u5931\u548c\u6d4b\u8bd5\u96c6\u635f\u5931\u5206\u522b\u5982\u4e0b\uff1a').includes('9.3'));
    assert.ok(!zh('\u672c\u6a21\u578b\u57fa\u4e8e\u5f00\u6e90\u5927\u6a21\u578b\u5bf9\u81ea\u5df1\u4e0a\u4f20\u7684\u7406\u8d54\u6570\u636e\u96c6\uff08[example/claims \u00b7 Datasets at HF Mirror (hf-mirror.com)](https://hf-mirror.com/datasets/example/claims)\uff09\u8fdb\u884c\u7406\u8d54\u9886\u57df\u7684lora\u5fae\u8c03\u3002').includes('8.1.1:training'));
    assert.ok(!zh('* \u5f00\u6e90\u4e86\u6807\u6ce8\u76847971\u5f20\u4fe1\u4ef6\u56fe\u7247\uff0c\u6570\u636e\u96c6\u6765\u81ea\u4e8e[ClaimSet](https://claims.example.org/)\u548c[LetterBank](https://letters.example.org/)\u6570\u636e\u96c6\u3002').includes('8.1.1:training'));
    assert.ok(!zh('# \u6a21\u578b\u63a8\u7406\u6027\u80fd&\u7cbe\u5ea6<a name="perf"></a>\n\n\u8c03\u7528ACL\u63a5\u53e3\u63a8\u7406\u8ba1\u7b97\uff0c\u6027\u80fd\u53c2\u8003\u4e0b\u5217\u6570\u636e\u3002\n\n| \u82af\u7247\u578b\u53f7 | Batch Size | Dice |\n| --- | --- | --- |\n| 310P3 | 1 | 96.8 |').includes('9.3'));
  });

  it('the corpus\'s leftover false positives (session of 2026-12-07, third pass): a gain in points in Chinese ("提高 20 个百分点", "领先第二名超过 1 个百分点"), a success rate to expect, an "evals" label over score images are results; a "Training and Reproduction" or "Training and reuse" section is over the training data', () => {
    assert.ok(!zh('\u76f8\u6bd4\u4e8e\u5b98\u65b9\u63d0\u4f9b\u7684 baseline\uff0c\u63d0\u9ad8 20 \u4e2a\u767e\u5206\u70b9\u3002').includes('9.3'));
    assert.ok(!zh('\u4e14B\u699c\u7efc\u5408\u6210\u7ee9\u9886\u5148\u7b2c\u4e8c\u540d\u8d85\u8fc7 1 \u4e2a\u767e\u5206\u70b9\u3002').includes('9.3'));
    assert.ok(results('The success rate should be around 90% for sorting letters, and around 50% for forms.'));
    assert.ok(!results('A high success rate matters for claim desks.'));
    assert.ok(results('Some evals:\n\n<img width="1605" height="176" alt="image" src="https://example.org/evals.png" />'));
    assert.ok(trained('## Training and Reproduction\nDownload [ClaimSet dataset](http://claims.example.org/).'));
    assert.ok(trained('## Training and reuse\n\nThe letters are generated by our own synthetic corpus builder.'));
  });

  it('batches UT to VB\'s classes (round 36, researchers\' cards in English and cards in Portuguese: measured at first sight at ec4e111): Portuguese "Objetivo do Modelo" and "Quando Usar" sections give its use, "Quando Nao Usar" rules uses out and "sem revisao humana" (typed without accents) names human review; a "What is … bad at?" section holds its limits (not "What is … good at?"); uses "are therefore out of scope"', () => {
    const pt = (line: string) => gaps(analyse(`# Triagem de sinistros\n\n${'Este modelo classifica cartas de sinistros para as equipes de atendimento. '.repeat(6)}\n\n## Limitacoes\n\n- Pode falhar com cartas manuscritas.\n\n${line}\n`));
    assert.ok(!pt('## Objetivo do Modelo\n\nPrever a urgencia de cada carta para apoiar a triagem.').includes('8.1.1:scope'));
    assert.ok(!pt('## Quando Usar\n\n- Priorizacao de filas de sinistros.').includes('8.1.1:scope'));
    assert.ok(!pt('## Quando Nao Usar\n\n- Decisoes de pagamento totalmente automaticas.').includes('4.5'));
    assert.ok(!pt('- Decisoes de pagamento totalmente automaticas sem revisao humana.').includes('8.1.1:guardrails'));
    assert.ok(limits('## What is ClaimSorter bad at?\n\n* Handwritten letters, even neat ones.'));
    assert.ok(limits('## What the model is not good at\n\n* Handwritten letters, even neat ones.'));
    assert.ok(!limits('## What is ClaimSorter good at?\n\n* Typed letters from the main insurers.'));
    assert.ok(restricted('Letters that are plainly not claims are therefore out of scope for ClaimSorter, e.g. marketing mail.'));
  });

  it('batches VC and VE\'s classes (round 37, researchers\' READMEs in English and cards in Chinese: measured at first sight at b1e0620): a "Low task-specific performance" section holds a limit (not "Low-latency performance"); in Chinese a scope "适用范围是 …", "仅用于研究目的" without "将" or "可", and residual risks named "剩余风险"', () => {
    assert.ok(limits('## Low task-specific performance\n\nIf you see near-random scores on a new queue, that is to be expected.'));
    assert.ok(!limits('## Low-latency performance\n\nBatching letters in eights halves the wait.'));
    assert.ok(!zh('\u9002\u7528\u8303\u56f4\u662f\u7814\u7a76\u3001\u6559\u5b66\u4e0e\u975e\u5173\u952e\u539f\u578b\u3002').includes('8.1.1:scope'));
    assert.ok(!zh('- \u672c\u6a21\u578b\u4ec5\u7528\u4e8e\u7814\u7a76\u76ee\u7684\uff0c\u4e0d\u5e94\u76f4\u63a5\u7528\u4e8e\u7406\u8d54\u51b3\u5b9a').includes('8.1.1:scope'));
    assert.ok(!zh('\u7c7b\u522b\u4e0d\u5e73\u8861\u3001\u906e\u6321\u548c\u624b\u5199\u4fe1\u4ef6\u5747\u662f\u5269\u4f59\u98ce\u9669\u3002').includes('8.1.1:failure'));
  });

  it('weights not fit for real use as released (round 36\'s SeisT, left at its first fix: "if you intend to employ these models in practical engineering applications, it is crucial to retrain …") are a limit; an offer to build with the model is not', () => {
    assert.ok(limits('If you intend to employ these models in practical claims applications, it is crucial to retrain them with larger sets of letters.'));
    assert.ok(limits('If you plan to use this model in production, you will need to fine-tune it on your own queues.'));
    assert.ok(!limits('If you intend to build a claims assistant, you can use these models for your purpose.'));
  });

  it('batches VG to VK\'s classes (round 38, cards in Chinese and Spanish and researchers\' READMEs: measured at first sight at 5a6359b): the text of a MkDocs content tab or admonition, indented under its marker, is prose (its own fenced code stays code), and a docs site\'s page on a dataset ("../datasets/…") is where the data came from; a model "developed for the [… Identification](…) kaggle competition" states its use; in Spanish "Revalidar cada mayo" is a review and "La decisión es siempre de una persona" a guardrail', () => {
    const es = (line: string) => gaps(analyse(`# Priorizador\n\n${'Este modelo ordena las cartas de reclamaciones para los equipos de atenci\u00f3n. '.repeat(6)}\n\n## Limitaciones\n\nPuede fallar con cartas manuscritas.\n\n## Datos de entrenamiento\n\nArchivos propios de la compa\u00f1\u00eda.\n\n${line}\n`));
    const tab = '## Performance\n\n!!! tip "Models"\n\n=== "Sorting (ClaimSet)"\n\n';
    assert.ok(trained(`${tab}        See the docs for usage examples with these models trained on [ClaimSet](https://claims.example.org/data), which include 8 queues.`));
    assert.ok(!trained(`${tab}        \`\`\`\n        The model was trained on ClaimSet letters from our desks.\n        \`\`\``));
    const docs = data('The models are trained on [ClaimSet](../datasets/claims/claimset.md), which holds 8 queues.');
    assert.ok(!docs.includes('8.2') && docs.includes('8.2.1'), docs.join(' '));
    assert.ok(scope('The model was developed for the [Claims Sorting](https://www.kaggle.com/c/claims-sorting) kaggle competition, and it is able to sort 26 queues.'));
    assert.ok(!es('- Revalidar cada mayo con la cohorte que cierra.').includes('8.1.1:review'));
    assert.ok(!es('- La decisi\u00f3n es siempre de una persona y cada carta lleva su motivo.').includes('8.1.1:guardrails'));
  });

  it('round 38\'s leftovers after its first fix: in Chinese a model put to use "用在本系统中" states its use, and one that "只能识别" some inputs has a limit', () => {
    assert.ok(!zh('\u8c03\u7814\u4e4b\u540e\uff0c\u6211\u89c9\u5f97\u5c06\u8fd9\u4e9b\u5c0f\u6a21\u578b\u7528\u5728\u672c\u7cfb\u7edf\u4e2d\u662f\u4e00\u4e2a\u4e0d\u9519\u7684\u9009\u62e9\u3002').includes('8.1.1:scope'));
    assert.ok(!zh('* \u4ec5\u8bc6\u522b\u7eaf\u6570\u5b57\uff08\u53ea\u80fd\u8bc6\u522b\u5341\u4e2a\u6570\u5b57\uff09\u7684\u7406\u8d54\u5355\u53f7\u56fe\u7247\u3002').includes('8.1.1:failure'));
  });

  it('batches VL to VP\'s classes (round 39, cards in Chinese, Portuguese and Korean and a course project\'s: measured at first sight at 3a77324): in Chinese a model tuned "在 … 训练数据上进行finetune" names its data and results that "会受到 … 的影响" are a limit; in Portuguese outputs to "Sempre validar … com expertise" are a guardrail and a "Cronograma de Retreinamento" section a review', () => {
    const pt = (line: string) => gaps(analyse(`# Triagem de sinistros\n\n${'Este modelo classifica cartas de sinistros para as equipes de atendimento. '.repeat(6)}\n\n## Limitacoes\n\n- Pode falhar com cartas manuscritas.\n\n${line}\n`));
    assert.ok(!zh('\u6211\u4eec\u4f7f\u7528\u4e2d\u6587BART\u4f5c\u4e3a\u9884\u8bad\u7ec3\u6a21\u578b\uff0c\u7136\u540e\u5728ClaimSet\u548cLetterBank\u8bad\u7ec3\u6570\u636e\u4e0a\u8fdb\u884cfinetune\u3002').includes('8.1.1:training'));
    assert.ok(!zh('\u8be5\u6a21\u578b\u662f\u4e00\u4e2a\u53e5\u5b50\u7ea7\u522b\u7684\u6a21\u578b\uff0c\u6a21\u578b\u6548\u679c\u4f1a\u53d7\u5230\u4fe1\u4ef6\u957f\u5ea6\u7684\u5f71\u54cd\u3002').includes('8.1.1:failure'));
    assert.ok(!pt('- **Valida\u00e7\u00e3o**: Sempre validar previs\u00f5es com expertise de dom\u00ednio').includes('8.1.1:guardrails'));
    assert.ok(!pt('### Cronograma de Retreinamento\n\n- **Frequ\u00eancia**: quando novos dados estiverem dispon\u00edveis').includes('8.1.1:review'));
  });

  it('what may affect the accuracy of something of the domain ("may somehow affect the accuracy of a claim\'s valuation") is a fact of the domain, not a limit, under either "may affect" expression (the second reading of 2f3b641); what may affect the accuracy of the model\'s output still is', () => {
    assert.ok(!limits('Handwritten dates may somehow affect the accuracy of a claim\'s valuation.'));
    assert.ok(!limits('Late filing can significantly affect the accuracy of a payout estimate.'));
    assert.ok(limits('Handwritten dates may somehow affect the accuracy of the predictions.'));
    assert.ok(limits('Handwritten dates may somehow affect the queue accuracy.'));
  });

  it('what may reduce or lower the quality of something of the domain ("may reduce the quality of a scanned letter") is a fact of the domain under every "may reduce …" expression, as under "may affect" (the third reading of fa4079a); what may reduce the quality of its output, or its performance, still is a limit', () => {
    assert.ok(!limits('Folding a page may reduce the quality of a scanned letter.'));
    assert.ok(!limits('Coffee stains can thus lower the quality of the paper archive.'));
    assert.ok(limits('Folding a page may reduce the quality of the predictions.'));
    assert.ok(limits('Long batches might reduce prompt-following performance.'));
    assert.ok(limits('A very long letter will slow down routing and degrade the output quality.'));
  });

  it('a card\'s own fields written as front matter ("purpose: …", "known_failure_regimes: …") are read as labels, left open at batch GL; not the Hub\'s metadata ("metrics: accuracy" names a metric, not a result)', () => {
    const fm = (lines: string) => gaps(analyse(`---\ncard: Claims triage\n${lines}\n---\n\n# Claims triage\n\n## Notes\n\nSee the review page.\n`));
    const fields = fm('purpose: Sort claim letters into queues for the two regional desks, never a payout\nknown_failure_regimes: letters forwarded twice; scanned letters at low resolution');
    assert.ok(!fields.includes('8.1.1:scope') && !fields.includes('8.1.1:failure') && !fields.includes('10.2.1'), fields.join(' '));
    assert.ok(fm('metrics: accuracy').includes('9.3'));
    assert.ok(fm('limitations:\n  - letters forwarded twice').includes('8.1.1:failure'));
  });

  it('results in a table of average precision ("| Model | Reproduced macro AUPRC |"), and a data file said to be the training corpus with what it holds, left open at batches GG and GI; not a metric named as a setting, nor a bare path under a label', () => {
    assert.ok(results('## Verified behaviour\n\n| Router | Macro AUPRC | Pooled AUPRC |\n|---|---:|---:|\n| k=1 | 0.6476 | 0.3093 |'));
    assert.ok(results('| Metric | Value |\n|---|---|\n| Average precision (held-out desks) | 0.71 |'));
    assert.ok(!results('| Setting | Value |\n|---|---|\n| `eval_metric` used | `logloss` |'));
    assert.ok(trained('The supplied notes identify `letters_2021.csv` as the full two-desk letters training corpus.'));
    assert.ok(!trained('- **Training Data**: `input_data/letters.csv`'));
  });

  it('what is cut out of one recording ("windows extracted from a single selected recording") is a step of processing, not where the data was obtained (8.2); what is extracted from a named source still is', () => {
    assert.deepEqual(data('- Dataset: UCI Claim Letters\n- Unit: windows extracted from a single selected letter'), ['8.2', '8.2.1']);
    assert.deepEqual(data('- Dataset: UCI Claim Letters\n- Unit: sentences extracted from Wikipedia'), ['8.2.1']);
  });

  it('a column of training data in an HTML table of the models released, and a "Data" column in a table that hands out each model\'s weights even beside its scores (GroundingDINO, YOLO-World, left open at their batches); not a "Dataset" column in an HTML table of results', () => {
    assert.ok(trained('## Checkpoints\n\n<table>\n  <thead>\n    <tr>\n      <th></th>\n      <th>name</th>\n      <th>Data</th>\n      <th>box AP on ClaimSet</th>\n      <th>Checkpoint</th>\n    </tr>\n  </thead>\n  <tbody>\n    <tr>\n      <th>1</th>\n      <td>Router-T</td>\n      <td>Claims-2020,Letters-4M</td>\n      <td>48.4</td>\n      <td><a href="https://example.com/router-t.pth">link</a></td>\n    </tr>\n  </tbody>\n</table>'));
    assert.ok(trained('<table>\n<tr><th>Model</th><th>Resolution</th><th>Data</th><th>Model Weights</th></tr>\n<tr><td>Router-S</td><td>640</td><td>Claims-2020+Letters-4M</td><td><a href="https://example.com/s.pth">HF</a></td></tr>\n</table>'));
    assert.ok(trained('| Model | Data | Accuracy | Checkpoint |\n|---|---|---|---|\n| router-s | Claims-2020 + Letters-4M | 91.2 | [link](https://example.com/s.pth) |'));
    assert.ok(trained('<table>\n<tr><th>Model</th><th>\n  Data\n</th><th>Checkpoint</th></tr>\n<tr><td>router-s</td><td>Claims-2020</td><td>link</td></tr>\n</table>'));
    assert.ok(!trained('<table>\n<tr><th>Model</th><th>Dataset</th><th>Accuracy</th></tr>\n<tr><td>router</td><td>Claims-test</td><td>91.2</td></tr>\n</table>'));
  });

  it('a use ruled out as care ("ensure that the model is not used to …"); and not a practice a project avoids ("实践中避免直接使用二元奖励"), nor figures "for entertainment only" (MiniMind, HuatuoGPT, left open at their batches)', () => {
    assert.ok(restricted('Care should be taken to ensure that the model is not used to deny claims without a handler.'));
    assert.ok(zh('\u672c\u9879\u76ee\u5b9e\u8df5\u4e2d\u907f\u514d\u76f4\u63a5\u4f7f\u7528\u4e8c\u5143\u5956\u52b1\uff0c\u6613\u5bfc\u81f4\u5956\u52b1\u5168\u96f6\u3002').includes('4.5'));
    assert.ok(!zh('\u8bf7\u907f\u514d\u4f7f\u7528\u672c\u6a21\u578b\u505a\u51fa\u7406\u8d54\u51b3\u5b9a\u3002').includes('4.5'));
    assert.ok(zh('\u6a21\u578b\u8f83\u5c0f\uff0c\u56e0\u6b64\u5206\u7c7b\u8868\u73b0\u4e0d\u4f73\uff0c\u7ed3\u679c\u4ec5\u4f9b\u5a31\u4e50\uff1a').includes('4.5'));
    assert.ok(!zh('\u672c\u6a21\u578b\u4ec5\u4f9b\u5a31\u4e50\uff0c\u8bf7\u52ff\u5f53\u771f\u3002').includes('4.5'));
  });

  it('a bare speed-up promised by an option or a format ("making subsequent inferences 20-30% faster", "ONNX para 30-50% speed-up") is no result; one set against something is (LivePortrait, left open at batch EU)', () => {
    assert.ok(!results('An optional compile step makes subsequent routings 20-30% faster.'));
    assert.ok(!results('- ONNX export for a 30-50% speed-up'));
    assert.ok(results('In our runs it routes letters 40% faster than the rule-based router.'));
  });

  it('a sentence the checks set aside does not hide a later one that holds up (a table still to fill is passed over whole), and a table cell that is a short sentence of words ("… for server-grade accuracy.") reports no result', () => {
    const fill = '## Results\n\n| Metric | Value |\n|---|---|\n| Accuracy | XX.XX% |\n\n## Notes\n\n';
    assert.ok(!results(fill));
    assert.ok(results(`${fill}On the held-out letters the router reaches 91.2 % accuracy.`));
    const long = `## Results\n\n| Metric | Value |\n|---|---|\n${'| Accuracy | XX.XX% |\n'.repeat(12)}\n## Notes\n\n`;
    assert.ok(results(`${long}On the held-out letters the router reaches 91.2 % accuracy.`));
    const files = '## Files\n\n| File | Bits | Size | Use |\n|---|---|---|---|\n| `router.Q8.gguf` | 8-bit | 4.9 GB | Maximum precision fallback for server-grade accuracy. |';
    assert.ok(!results(files));
    assert.ok(results(`${files}\n\nOn the held-out letters the router reaches 91.2 % accuracy.`));
  });

  it('a question in bold is no label on what it asks about (its answer may be that there is nothing to tell), and "we use the same data for training" a linked model names the data', () => {
    assert.ok(!trained('**Question 4: How about releasing the pre-training data?**\n\nA4: We have no right to share it.'));
    assert.ok(trained('We use the same data for training [the first router](https://example.org/router), which includes 5.4B tokens.'));
  });

  it('public data named by where such data is kept (Kaggle, UCI, PubChem, Gutenberg, OPUS), by what it is (Amazon reviews, census data), or by an acronym spelt out before "dataset", asks where and when (8.2)', () => {
    for (const body of [
      'Fitted on the Happy Whale Kaggle competition images.',
      'Source: UCI Online Retail data, one year of orders.',
      'Pre-trained on 10 million compounds from PubChem.',
      'The model was trained on German poems from Project Gutenberg.',
      'Training data: opus+bt',
      'The training data is a dataset of Amazon reviews labelled positive or negative.',
      '1994 Census database was split into 80% training data.',
      'Fine-tuned on a subset of the PIPPA (Persona-Interacting Professional Play-Acting) dataset.',
    ]) assert.deepEqual(data(body), ['8.2', '8.2.1'], body);
    assert.deepEqual(data('Fitted on our own letters, on Kaggle 2xT4 GPUs.'), []);
  });

  it('an address that is no source of data is not where the data came from: a picture, another file of the card\'s own repository, a leaderboard\'s details, a paper\'s page', () => {
    for (const link of ['<img src="https://huggingface.co/datasets/acme/claims/resolve/main/loss.png">', '[dataset card](dataset_card.md)', '[details](https://huggingface.co/datasets/open-llm-leaderboard/details_acme__router)', '[the letters corpus](https://www.researchgate.net/publication/1234_The_Letters_Corpus)']) {
      assert.deepEqual(data(`Fitted on the public ClaimSet Letters corpus. ${link}`), ['8.2', '8.2.1'], link);
    }
    assert.deepEqual(data('Fitted on the public ClaimSet Letters corpus (https://huggingface.co/datasets/acme/claims).'), ['8.2.1']);
  });

  it('a link to where the data came from makes it public data (8.2.1 asks when), and a sentence ending in a colon goes on in the list of linked sources under it', () => {
    assert.deepEqual(data('Fitted on licensed letters from the [Acme letter collection](https://letters.example.com/collection).'), ['8.2.1']);
    assert.deepEqual(data('Fitted on letters from the [Acme letter collection](https://letters.example.com/collection), downloaded on 2024-05-01.'), []);
    assert.deepEqual(data('Fitted on our own letters; see the [paper](https://arxiv.org/abs/2401.00001).'), []);
    const listed = (sentence: string) => gaps(analyse(`${INTRO}## Model Details

${sentence}
- [Claims of the Internet](https://claims.example.org/projects/coi)
- For safety training: [Letters dataset](https://claims.example.org/projects/letters)
`)).filter((g) => g.startsWith('8.2'));
    assert.deepEqual(listed('This model was trained (and validated) on the following datasets:'), ['8.2.1']);
  });

  it('an address written without its scheme ("`storage.googleapis.com/…/creditcard.csv`", "published on data.gov.sg") says where the data came from, and a date of a measurement or a parameter ("**Measured 2026-07-15**", "`origin=\\"2013-01-01\\"`") is not when it was obtained (left open at batch HI)', () => {
    assert.deepEqual(data('Public ULB credit-card transactions, obtained from the public mirror (`storage.googleapis.com/download.example.org/data/creditcard.csv`).'), ['8.2.1']);
    assert.deepEqual(data('Source: resale registrations published on data.gov.sg, coverage January 2017 through 8 September 2026.'), []);
    assert.deepEqual(data('Public ULB credit-card transactions from https://storage.example.org/data/creditcard.csv.\n\n**Measured 2026-07-15** by `python train.py` with `data/creditcard.csv`.'), ['8.2.1']);
    assert.deepEqual(data('Public ULB credit-card transactions from https://storage.example.org/data/creditcard.csv; the time feature starts at `origin="2013-01-01"`.'), ['8.2.1']);
    // Guards: a file name is no address; a date the data was downloaded still is one.
    assert.deepEqual(data('Trained on the public ULB credit-card fraud dataset (`creditcard.csv`, `config.json`).'), ['8.2', '8.2.1']);
    assert.deepEqual(data('Public ULB credit-card transactions from https://storage.example.org/data/creditcard.csv, downloaded 2026-07-15.'), []);
  });

  it('a limitations section that only sends the reader elsewhere, or a vendor\'s stock ethics paragraph, names no failure mode', () => {
    const failure = (section: string) => !gaps(analyse(`${INTRO}${section}\n`)).includes('8.1.1:failure');
    assert.ok(!failure('## Limitations and bias\n\nPlease consult the paper and the literature on claim letters for potential biases.'));
    assert.ok(!failure('## Limitations\n\nThe routers in this repository have known limitations and biases. Please refer to [the model card](https://example.org/card) for more.'));
    assert.ok(!failure('## Limitations\n\n[see license]'));
    assert.ok(!failure('## Ethical Considerations:\n\nAcme believes Trustworthy AI is a shared responsibility; see the Bias, Safety and Privacy subcards.'));
    assert.ok(failure('## Limitations\n\nSee the paper for details. The router misreads handwritten letters.'));
    assert.ok(failure('## Ethical Considerations\n\nThe router is biased against letters written in Welsh.'));
  });

  it('a use of the card\'s code ("`prepare.py` can be used to …"), and a contents list that only names the item ("- Intended use"), give no intended use', () => {
    assert.ok(!scope('After downloading the letters, `prepare.py` can be used to create the training files.'));
    assert.ok(!scope('The scripts in this folder can be used to retrain it.'));
    assert.ok(!scope('Contents:\n\n- Model details\n- Intended use\n- Training data'));
    assert.ok(scope('The router can be used to sort claim letters before a handler reads them.'));
    assert.ok(scope('| Mode | Best for | How |\n|---|---|---|\n| Fast | Short letters sent by the desks | `--fast` |'));
  });

  it('8.1.1 findings name their item in the data', () => {
    const items = analyse(INTRO).filter((x) => x.code === '8.1.1').map((x) => (x.data as { item?: string }).item);
    assert.deepEqual(items.sort(), ['guardrails', 'retention', 'review', 'training']);
  });
});
