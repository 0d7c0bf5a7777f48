/**
 * What a model card must carry, as data: each item the Code asks for, the provisions it serves,
 * the headings that count for it (synonyms from the Hugging Face template and from plain usage),
 * and the skeleton a quick fix inserts (the same text the model-card snippets are generated from).
 * This table is the one place the synonyms live.
 */

import { PLACEHOLDERS } from '../placeholders';
import type * as Sentences from './sentences';

export interface CardSection {
  /** Stable key, used in finding data and fixes. */
  key: string;
  /** What the item is, in a finding's words. */
  what: string;
  /** What the checks look for, in a finding's words: "limitations, risks, biases or failure modes". */
  lookedFor: string;
  /** The heading a fix inserts. */
  heading: string;
  /** The provisions this section serves (for hovers). */
  provisions: string[];
  /** Normalised headings that count (lower case, punctuation dropped, & → and). A heading counts
   * when it equals one, or contains one of at least two words. */
  synonyms: string[];
  /**
   * Single words that make a heading or a bold label count wherever they stand in it
   * ("Performance and Limitations", "Ethical Considerations and Limitations"), matched as whole
   * words of the normalised text.
   */
  words: string[];
  /**
   * Sentences that show the item in running text, outside headings, code and comments: each a
   * linear expression over one line of prose. Empty for items only a heading or label can show.
   * They live in sentences.ts, loaded with the first card that is read.
   */
  sentences: RegExp[];
  /**
   * Whether a sentence can deny the item: "does not include safety training", "was not filtered
   * for explicit content" say the card has no such measure, so a key sentence with a negation
   * before it in its clause does not count.
   */
  negatable?: boolean;
  /** The item's name in 8.1.1 finding data (`training`, `scope`, \u2026), for the items 8.1.1 lists. */
  item?: string;
  /** The body a fix inserts under the heading; `${n:placeholder}` marks what to fill in. */
  template: string[];
  /** Sections a fix prefers to insert after, nearest first. */
  after: string[];
}

const TABLE: Omit<CardSection, 'sentences'>[] = [
  {
    key: 'training-data',
    lookedFor: 'the data it was trained or fine-tuned on',
    item: 'training',
    what: 'the sources of training data (including fine-tuning and feedback data)',
    heading: 'Training data',
    provisions: ['8.1.1', '8.2', '8.2.1'],
    // "Qwen-VL has not been trained on any Chinese grounding data" says what it was not trained on.
    negatable: true,
    synonyms: ['training data', 'training rows', 'dataset for training', 'datasets for training', 'data for training', 'dataset used for training', 'datasets used for training', 'data used for training', 'data source', 'data sources', 'dataset de treino', 'dados de treino', 'dados de treinamento', 'training source', 'training sources', 'poblacion y datos', 'población y datos', 'population and data', 'train data', 'instruction data', 'instruction tuning data', 'instruction dataset', 'instruction datasets', 'sft data', 'sft dataset', 'd\u1eef li\u1ec7u hu\u1ea5n luy\u1ec7n', 'b\u1ed9 d\u1eef li\u1ec7u hu\u1ea5n luy\u1ec7n', 'e\u011fitim verisi', 'e\u011fitim verileri', '\u6570\u636e\u6784\u9020', '\u6578\u64da\u69cb\u9020', '\u6570\u636e\u6784\u5efa', '\u6578\u64da\u69cb\u5efa', 'dataset and training', 'data and training', 'training datasets', 'training dataset', 'datasets', 'dataset', 'data sources', 'fine tuning data', 'finetuning data', 'fine tuning dataset', 'fine tuning datasets', 'finetuning dataset', 'pretraining dataset', 'pre training dataset', 'dataset composition', 'data composition', 'pretraining data', 'pre training data', 'data', 'training', 'training corpus', 'pre-training corpora', 'pretraining corpora', 'pre-training corpus', 'pretraining corpus', 'pretrain corpus', 'pre train corpus', 'pretrain corpora', 'pre train corpora', 'pretrain data', 'pre train data', 'pretrain dataset', 'pre train dataset', 'pretrain datasets', 'pre train datasets', 'training corpora', 'pretraining', 'training and evaluation data', 'training eval data', 'training evaluation data', 'train eval data', 'training test data', 'synthetic data', 'training and validation data', 'training and test data', 'training and testing data', 'training validation and test data', 'training validation and testing data', 'training and validation datasets', 'training and test datasets', 'data collection', 'dataset details', 'data overview', 'data description', 'dataset description', 'training data description', 'datasets used', 'dataset used', 'data used', 'training data used', 'training set', 'model data', 'data provenance', 'data and provenance', 'training provenance', 'training data provenance', 'data lineage', 'data and preprocessing', 'dataset preparation', 'data preparation', 'data sources and preprocessing', 'data collection and processing', 'finetuned on data', 'fine tuned on data', 'trained on data', 'finetuned on dataset', 'fine tuned on dataset', 'trained on dataset', 'finetuned from dataset', 'fine tuned from dataset', 'datos de entrenamiento', 'datos utilizados', 'datos usados', 'données utilisées', 'verwendete daten', 'dados utilizados', 'dati utilizzati', 'conjunto de datos', 'datos', 'données d entraînement', 'corpus d entraînement', 'corpus de fine tuning', 'données d apprentissage', 'jeu de données', 'corpus et données', 'training and reproduction', 'training and reuse', 'corpus and data', 'corpus y datos', 'données', 'trainingsdaten', 'datensatz', 'daten', 'dados de treinamento', 'procedência dos dados', 'proveniência dos dados', 'origem dos dados', 'origen de los datos', 'procedencia de los datos', 'dados de treino', 'conjunto de dados', 'dados', 'dati di addestramento', 'dati', '训练数据', '訓練數據', '訓練資料', '训练集', '訓練集', '数据集', '數據集', '資料集', '数据来源', '數據來源', '資料來源', '预训练数据', '預訓練數據', '微调数据', '微調數據', '微調資料', '训练语料', '訓練語料', '数据', '數據', '資料', '训练', '訓練', '学習データ', '訓練データ', '学習用データ', '事前学習データ', '学習コーパス', 'コーパス', 'データセット', 'データ', '学習', '事前学習', '학습 데이터', '학습데이터', '훈련 데이터', '데이터셋', '학습 데이터셋', '사전학습 데이터', '데이터', '학습', '사전학습', '사전 학습', 'данные', 'датасет', 'датасеты', 'данные для обучения', 'обучающие данные', 'обучающая выборка', 'тренировочный датасет', 'тренировочные данные', 'обучающий датасет', 'набор данных', 'наборы данных', 'обучение', 'датасеты для обучения', 'тренировочные данные', 'как эта модель создавалась', 'トレーニングデータ', '訓練データセット', '学習データセット', 'данные обучения'],
    words: [],
    template: [
      'Sources, including fine-tuning data and human or operational feedback:',
      '',
      '| source | URL | obtained | how |',
      '| --- | --- | --- | --- |',
      '| ${1:dataset name} | ${2:https://example.org/data} | ${3:YYYY-MM-DD} | ${4:downloaded under licence} |',
    ],
    after: ['scope', 'out-of-scope'],
  },
  {
    key: 'scope',
    lookedFor: 'its intended use or users (naming its task is not enough)',
    item: 'scope',
    what: 'the intended scope and limitations',
    heading: 'Intended use and limitations',
    provisions: ['8.1.1', '10.2.1'],
    synonyms: ['\u3067\u3067\u304d\u308b\u3053\u3068', 'target audience', 'intended audience', 'target users', 'para que serve', 'objetivo do modelo', 'objetivo del modelo', 'quando usar', 'cuando usar', 'cuándo usar', 'use in the app', 'use in the application', 'safe to use', 'reliable safe to use', 'what can i use', 'what can you use', 'what is it for', 'when to use', 'what it is for', 'what it s for', 'what the model is for', 'what this model is for', 'what the models are for', 'what these models are for', 'what can it be used for', 'reliable uses', 'intended use', 'intended uses', 'intended usage', 'intented use', 'intented uses', 'intended task', 'intended tasks', 'uses', 'use', 'direct use', 'direct uses', 'scope', 'intended scope', 'intended use and limitations', 'intended uses and limitations', 'model scope', 'use cases', 'use case', 'intended purpose', 'decision enabled', 'decisions enabled', 'decision supported', 'decisions supported', 'business objective', 'business objectives', 'business goal', 'business purpose', 'm\u1ee5c \u0111\u00edch s\u1eed d\u1ee5ng', 'd\u00f9ng \u0111\u00fang', 'purpose', 'purposes', 'model purpose', 'intended users', 'intended applications', 'applications', 'application', 'application for', 'applications for', 'application to', 'applications to', 'model application', 'model applications', 'model use', 'model uses', 'usage scope', 'clinical scope', 'deployment scope', 'operational scope', 'application scope', 'primary intended uses', 'primary use cases', 'downstream use', 'in scope use', 'appropriate use', 'recommended use', 'suitable uses', 'intended', 'intended behavior', 'intended behaviour', 'model usage', 'use and limitations', 'prop\u00f3sito', 'proposito', 'finalidad', 'purpose and use', 'purpose and uses', 'purpose and usage', 'use and purpose', 'usage and purpose', 'uso previsto', 'usos previstos', 'uso pretendido', 'usos pretendidos', 'casos de uso', 'uso directo', 'utilisation prévue', 'utilisations prévues', 'usage prévu', 'cas d usage', 'cas d utilisation', 'utilisation directe', 'verwendungszweck', 'vorgesehene verwendung', 'anwendungsfälle', 'anwendungsbereich', 'einsatzbereich', 'utilização prevista', 'uso direto', 'usi previsti', 'utilizzo previsto', 'casi d uso', '预期用途', '預期用途', '用途', '使用场景', '使用場景', '应用场景', '應用場景', '适用场景', '適用場景', '适用范围', '適用範圍', '使用范围', '使用範圍', '模型用途', '直接使用', '预期使用', '預期使用', '使用目的', '利用目的', '\u5f00\u6e90\u76ee\u7684', '\u958b\u6e90\u76ee\u7684', '\u9879\u76ee\u76ee\u7684', '\u9805\u76ee\u76ee\u7684', '想定用途', '想定される用途', '利用用途', '想定利用', '対象ユーザー', 'ユースケース', '活用例', '용도', '사용 목적', '활용 방안', '사용 사례', '활용 사례', '의도된 용도', '사용 가이드', '사용 용도', '목적', 'назначение', 'применение', 'область применения', 'предполагаемое использование', 'сценарии использования', 'варианты использования', 'цели использования', '直接利用', '直接的な利用', '下流での利用', '利用', '使用', '직접 사용', '사용', 'прямое использование', 'использование модели'],
    words: [],
    template: ['Intended for ${1:what the model is for, and by whom}.', '', 'Limitations: ${2:where it is known not to work well}.'],
    after: ['model-details'],
  },
  {
    key: 'out-of-scope',
    lookedFor: 'uses it must not be put to',
    what: 'prohibited or out-of-scope uses',
    heading: 'Out-of-scope use',
    provisions: ['4.5'],
    synonyms: ['not supported', 'unsupported', 'unsupported scenarios', 'fora de escopo', 'quando não usar', 'quando nao usar', 'cuando no usar', 'cuándo no usar', 'fora do escopo', 'usos fora de escopo', 'para que n\u00e3o serve', 'unsupported uses', 'non goals', 'uses outside scope', 'uses outside the scope', 'nieprzeznaczone do', 'nieprzeznaczony do', 'nie przeznaczone do', 'unsupported use cases', 'not safe', 'unreliable not safe', 'unsafe uses', 'unreliable uses', 'out of scope use', 'out of scope uses', 'not approved', 'explicitly not approved', 'not approved uses', 'not approved use cases', 'unapproved uses', 'disallowed uses', 'kh\u00f4ng d\u00f9ng', 'kh\u00f4ng s\u1eed d\u1ee5ng', 'kh\u00f4ng n\u00ean d\u00f9ng', 'kh\u00f4ng n\u00ean s\u1eed d\u1ee5ng', 'ngo\u00e0i ph\u1ea1m vi', 'out of scope', 'prohibited uses', 'prohibited use', 'misuse', 'misuse and out of scope use', 'misuse malicious use and out of scope use', 'restrictions', 'acceptable use', 'use restrictions', 'use case restrictions', 'unintended uses', 'unintended use', 'out of scope use cases', 'not intended uses', 'non intended use', 'non intended uses', 'nonintended use', 'nonintended uses', 'non intended application', 'non intended applications', 'inappropriate use', 'inappropriate uses', 'inappropriate usage', 'inappropriate applications', 'unsuitable use', 'unsuitable uses', 'improper use', 'improper uses', 'uses to avoid', 'limitations of use', 'prohibited use cases', 'acceptable use policy', 'usage restrictions', 'out of scope applications', 'not intended', 'not intended use', 'not intended for', 'usos fuera del alcance', 'fuera del alcance', 'fuera de alcance', 'avoid for', 'avoid using for', 'when to avoid', 'when not to use', 'when not to use it', 'when not to use this model', 'when not to trust it', 'when not to trust the model', 'when not to rely on it', 'do not use for', 'usos no previstos', 'uso no previsto', 'usos no recomendados', 'not recommended', 'not recommended uses', 'not recommended use cases', 'not recommended for', 'not for', 'not suitable for', 'not meant for', 'uso no recomendado', 'usos prohibidos', 'uso indebido', 'mal uso', 'hors champ', 'hors du champ', 'hors périmètre', 'hors du périmètre', 'out of intended use', 'out of intended uses', 'not valid for', 'not validated for', 'outside intended use', 'outside the intended use', 'outside of intended use', 'utilisations non prévues', 'utilisations interdites', 'mauvaise utilisation', 'nicht vorgesehene verwendung', 'missbrauch', 'unzulässige verwendung', 'fora do escopo', 'usos proibidos', 'uso indevido', 'usos não previstos', 'uso não indicado', 'usos não indicados', 'uso não recomendado', 'usos não recomendados', 'usi non previsti', 'fuori ambito', 'usi vietati', 'uso improprio', '禁止用途', '禁止使用', '使用限制', '超出范围', '超出範圍', '不适用', '不適用', '滥用', '濫用', '误用', '誤用', '禁止事项', '禁止事項', '使用制限', '利用制限', '想定外の用途', '想定されない用途', '使用してはいけない', '悪意のある用途', '反ユースケース', '禁止領域', '不適切な使用', '금지된 사용', '금지 사항', '사용 제한', '오용', '부적절한 사용', 'запрещенное использование', 'запрещённое использование', 'ограничения использования', 'недопустимое использование', 'неправомерное использование', '範囲外の利用', '範囲外の使用', '対象外の利用', '범위 외 사용', '범위를 벗어난 사용', 'использование вне области применения', 'вне области применения'],
    words: ['prohibited', 'misuse'],
    template: ['Do not use this model for ${1:uses that are prohibited or that it was not built for}.'],
    after: ['scope'],
  },
  {
    key: 'guardrails',
    lookedFor: 'safety measures, filters or safeguards',
    item: 'guardrails',
    what: 'its guardrails',
    heading: 'Guardrails',
    provisions: ['8.1.1'],
    synonyms: ['guardrails', 'guards', 'safeguards', 'safety', 'safety measures', 'risk controls', 'safety controls', 'fairness controls', 'fair lending controls', 'lending controls', 'human review', 'human oversight', 'human in the loop', 'content filtering', 'mitigations', 'mitigation', 'mitigation strategies', 'mitigation measures', 'safety and guardrails', 'responsibility and safety', 'safety evaluation and mitigations', 'risk mitigation', 'risk mitigations', 'safety mitigations', 'safety features', 'production controls', 'required production controls', 'gate', 'quality gate', 'release gate', 'deployment gate', 'required controls', 'risk controls', 'safety controls', 'abstention', 'abstention policy', 'no prediction policy', 'responsible ai controls', 'gating rules', 'deployment and gating rules', 'fallback', 'fallbacks', 'fallback behaviour', 'fallback behavior', 'fallback policy', 'moderation', 'content moderation', 'safety filters', 'safety checker', 'salvaguardas', 'medidas de seguridad', 'mitigaciones', 'medidas de mitigación', 'mesures d atténuation', 'atténuations', 'gegenmaßnahmen', 'mitigações', 'medidas de mitigação', 'mitigazioni', 'misure di mitigazione', 'garde fous', 'mesures de sécurité', 'sicherheitsmaßnahmen', 'schutzmaßnahmen', 'medidas de segurança', 'misure di sicurezza', '安全措施', '安全防护', '安全防護', '防护', '防護', '防护措施', '防護措施', '风险与防护', '風險與防護', '风险面与防护', '風險面與防護', '护栏', '護欄', '内容过滤', '內容過濾', '内容安全', '內容安全', '安全对齐', '安全對齊', '安全', '安全性', '安全対策', 'セーフティ', 'ガードレール', '안전', '안전성', '안전 장치', '가드레일', 'безопасность', 'меры безопасности', 'модерация', 'фильтрация'],
    words: ['guardrails', 'guardrail', 'safeguards', 'mitigations', 'safety', 'hitl'],
    negatable: true,
    template: ['${1:Input and output filters, rate limits and human review that constrain the model in use}.'],
    after: ['out-of-scope', 'scope'],
  },
  {
    key: 'failure-modes',
    lookedFor: 'limitations, risks, biases or failure modes',
    item: 'failure',
    what: 'its potential failure modes',
    heading: 'Failure modes',
    provisions: ['8.1.1', '10.2.1'],
    synonyms: ['boundaries worth understanding', 'known boundaries', 'known integrity issues', 'integrity issues', 'known restrictions', 'known data issues', 'failure modes', 'known failure modes', 'not supported', 'unsupported', 'h\u1ea1n ch\u1ebf', 'gi\u1edbi h\u1ea1n', 'h\u1ea1n ch\u1ebf v\u00e0 r\u1ee7i ro', 'k\u0131s\u0131t', 'k\u0131s\u0131tlar', 'k\u0131s\u0131tlamalar', 's\u0131n\u0131rlamalar', 's\u0131n\u0131rl\u0131l\u0131klar', 'failure cases', 'known failures', 'failure regimes', 'known failure regimes', 'known issue', 'failure analysis', 'error analysis', 'bias risks and limitations', 'risks and limitations', 'risks', 'known issues', 'caveats', 'caveats and recommendations', 'ethical considerations', 'responsible ai considerations', 'weaknesses', 'shortcomings', 'considerations', 'potential harms', 'harms', 'broader implications', 'broader impact', 'broader impacts', 'societal impact', 'societal impacts', 'consideraciones éticas', 'considérations éthiques', 'ethische überlegungen', 'ethische erwägungen', 'considerações éticas', 'considerazioni etiche', 'vorbehalte', 'vorbehalte und empfehlungen', 'advertencias y recomendaciones', 'mises en garde et recommandations', 'ressalvas e recomendações', 'avvertenze e raccomandazioni', '限制', '已知限制', '模型限制', '与限制', '與限制', '和限制', '及限制', '限制与风险', '限制與風險', '已知问题', '已知問題', '当前问题', '當前問題', '存在的问题', '存在的問題', '伦理', '倫理', '制限事項', '限界', '模型不足', '不足之处', '不足之處'],
    words: ['limitations', 'limitation', 'limits', 'weakness', '限制', 'risks', 'biases', 'bias', 'caveats', 'caveat', 'failures', 'hallucinations', 'weaknesses', 'pitfalls', 'limitaciones', 'sesgos', 'riesgos', 'fallos', 'debilidades', 'biais', 'risques', 'défaillances', 'faiblesses', 'limites', 'einschränkungen', 'risiken', 'verzerrungen', 'limitações', 'limitacoes', 'vieses', 'riscos', 'falhas', 'limitazioni', 'rischi', 'limiti', 'debolezze', '局限', '风险', '風險', '偏见', '偏見', '幻觉', '幻覺', 'リスク', 'バイアス', '制限事項', '限界', '制約', '免責事項', '한계', '한계점', '제한 사항', '제한사항', '위험', '편향', '주의사항', '환각', 'ограничения', 'ограничение', 'ограничений', 'риски', 'предвзятость', 'недостатки', 'галлюцинации'],
    template: ['- ${1:A way the model is known to fail, and what it looks like}'],
    after: ['guardrails', 'scope'],
  },
  {
    key: 'retention',
    lookedFor: 'how long data is kept',
    item: 'retention',
    what: 'the data retention time',
    heading: 'Data retention',
    provisions: ['8.1.1'],
    synonyms: ['data retention', 'retention', 'retention time', 'retention period', 'retention policy', 'retention schedule', 'log retention', 'logs retention', 'record retention', 'pii retention', 'input retention', 'prompt retention', 'user data retention', 'storage and retention', 'conservación de datos', 'retención de datos', 'conservation des données', 'aufbewahrung', 'speicherdauer', 'aufbewahrungsfrist', 'retenção de dados', 'conservazione dei dati', '数据保留', '數據保留', '資料保留', '保留期限', '保存期限'],
    // Not a word that counts wherever it stands: "Customer retention planning", "Retention cost"
    // and "Strategic retention decisions" are a churn model's business, not its data's.
    words: [],
    template: ['Inputs and outputs are kept for ${1:30 days}, then deleted.'],
    after: ['training-data'],
  },
  {
    key: 'review-frequency',
    lookedFor: 'how often the card and the model are reviewed',
    item: 'review',
    what: 'a suggested review frequency',
    heading: 'Review frequency',
    provisions: ['8.1.1'],
    synonyms: ['review frequency', 'review schedule', 'review due', 'next review', 'next review date', 'next review due', 'review cadence', 'weekly tasks', 'monthly tasks', 'quarterly tasks', 'annual tasks', 'yearly tasks', 'update frequency', 'update cadence', 'retraining cadence', 'maintenance and review', 'model review', 'review', 'retraining', 'retraining schedule', 'cronograma de retreinamento', 'frequência de retreinamento', 'calendario de reentrenamiento', 'frecuencia de reentrenamiento', 'retraining frequency', 'retraining policy', '审查频率', '審查頻率', '复审周期', '複審週期'],
    words: [],
    template: ['Review this card and the model\u2019s evaluations ${1:every six months}, and after every major update.'],
    after: ['retention', 'evaluation'],
  },
  {
    key: 'evaluation',
    lookedFor: 'evaluation or test results',
    what: 'evaluation or security-testing findings',
    heading: 'Evaluation',
    provisions: ['9.3'],
    synonyms: ['\u6d4b\u8bd5\u7ed3\u679c', '\u6e2c\u8a66\u7d50\u679c', '\u9886\u57df\u6d4b\u8bd5', '\u9818\u57df\u6e2c\u8a66', '\u6548\u679c\u6d4b\u8bd5', '\u6548\u679c\u6e2c\u8a66', '\u6027\u80fd\u6d4b\u8bd5', '\u6027\u80fd\u6e2c\u8a66', '\u6027\u80fd\u6570\u636e', '\u6027\u80fd\u6578\u64da', '\u80fd\u529b\u6d4b\u8bd5', '\u80fd\u529b\u6e2c\u8a66', 'cv score', 'cross validation score', 'evaluation', 'evaluation results', 'experiments', 'experimental results', 'experiment results', '\u043a\u0430\u0447\u0435\u0441\u0442\u0432\u043e \u043c\u043e\u0434\u0435\u043b\u0435\u0439', '\u043a\u0430\u0447\u0435\u0441\u0442\u0432\u043e \u043c\u043e\u0434\u0435\u043b\u0438', '\u57fa\u7ebf\u7cfb\u7edf\u6548\u679c', '\u57fa\u7ebf\u6548\u679c', '\u5b9e\u9a8c\u6548\u679c', '\u5be6\u9a57\u6548\u679c', '\u6a21\u578b\u6027\u80fd', '\u6a21\u578b\u5bf9\u6bd4', '\u6a21\u578b\u5c0d\u6bd4', '\u6a21\u578b\u6bd4\u8f83', '\u6a21\u578b\u6bd4\u8f03', '\u6548\u679c\u5bf9\u6bd4', '\u6548\u679c\u5c0d\u6bd4', '\u6027\u80fd\u5bf9\u6bd4', '\u6027\u80fd\u5c0d\u6bd4', 'evals', 'eval', 'quantitative result', 'quantitative results', 'evaluations', 'results', 'testing', 'security testing', 'red teaming', 'red team', 'testing data factors and metrics', 'benchmarks', 'benchmark results', 'benchmarking', 'benchmarking results', 'security evaluation', 'performance', 'metrics', 'model performance', 'quantitative analyses', 'quantitative analysis', 'evaluation metrics', 'test results', 'benchmark', 'speed test', 'speed tests', 'speed benchmark', 'speed benchmarks', 'scores', 'accuracy', 'model evaluation', 'safety evaluation', 'training results', 'evaluation data', 'métricas', 'rendimiento', 'desempeño', 'métriques', 'performances', 'bewertung', 'metriken', 'leistung', 'desempenho', 'metriche', 'prestazioni', '评测结果', '系统效果', '系統效果', '推理性能 and 精度', '评估结果', '性能指标', '性能指標', '評估結果', '評測結果', '实验结果', '實驗結果', '性能', '效果', '指标', '指標', '基准测试', '基準測試', 'ベンチマーク', '評価結果', '精度', '結果', '평가 결과', '벤치마크', '성능', '결과', 'оценка', 'метрики', 'результаты', 'бенчмарки', 'бенчмарк', 'оценка качества', 'оценка точности', 'оценки точности', 'точность', 'качество', 'результаты оценки', 'метрики и оценка качества'],
    words: ['evaluation', 'evaluations', 'evals', 'measured', 'measurements', 'benchmarks', 'benchmark', 'backtest', 'backtests', 'backtesting', 'results', 'metrics', 'evaluación', 'resultados', 'évaluation', 'résultats', 'evaluierung', 'ergebnisse', 'avaliação', 'avaliacao', 'valutazione', 'risultati', '评测', '評測', '评估', '評估', '评价', '評價', '評価', '평가', '성능', '벤치마크', '評価', 'оценка', 'метрики', 'результаты'],
    template: ['| evaluation | result | date |', '| --- | --- | --- |', '| ${1:red-team exercise} | ${2:findings and their fixes} | ${3:2025-01-31} |'],
    after: ['training-data'],
  },
  {
    key: 'hashes',
    lookedFor: 'digests of the model\'s files',
    what: 'SHA-256 hashes of the model\u2019s components',
    heading: 'Hashes',
    provisions: ['8.1.2'],
    synonyms: ['hashes', 'checksums', 'sha256', 'sha 256', 'file hashes', 'integrity', 'model files', 'checksums and hashes', 'file checksums', 'files', 'downloads', 'release files', 'artifacts', 'artefacts'],
    words: [],
    // The all-zero digest is a placeholder (reported as such) that the user replaces with the
    // output of sha256sum; the fix fills in the manifest's digest when it knows it.
    template: ['| file | SHA-256 |', '| --- | --- |', `| \${1:model.safetensors} | \${2:${PLACEHOLDERS.digest.text}} |`],
    after: ['evaluation', 'training-data'],
  },
];

/**
 * The key sentences, loaded when a card's prose is first read. They are four fifths of this
 * table's bytes, and a run over manifests alone never reads them, so the CLI starts without
 * compiling them (esbuild.mjs gives the CLI's bundles the file apart, as it does the Markdown
 * scanner); the server and the extension hold them inside.
 */
let sentences: Record<string, RegExp[]> | undefined;
/** A section's key sentences, by the section's key (the first call loads them all). */
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const sentencesOf = (key: string): RegExp[] => (sentences ??= (require('./sentences') as typeof Sentences).SENTENCES)[key] ?? [];

export const CARD_SECTIONS: CardSection[] = TABLE.map((s) => Object.defineProperty(s, 'sentences', { get: () => sentencesOf(s.key), enumerable: true }) as CardSection);

/** Headings that anchor insertion but are not checked themselves. */
export const ANCHOR_SYNONYMS: Record<string, string[]> = {
  'model-details': ['model details', 'model description', 'overview', 'model summary', 'about', '模型概述', '模型简介', '模型簡介', '模型介绍', '模型介紹', '概述', '简介', '簡介', '介绍', '介紹'],
};

/**
 * Every synonym list by key: the checked sections', then the anchors' (a section's own list
 * wins). A section's words join its list as `=word`: they count wherever they stand.
 */
const SYNONYM_LISTS: [string, string[]][] = [
  ...CARD_SECTIONS.map((s): [string, string[]] => [s.key, [...s.synonyms, ...s.words.map((w) => `=${w}`)]]),
  ...Object.entries(ANCHOR_SYNONYMS).filter(([key]) => !CARD_SECTIONS.some((s) => s.key === key)),
];


export function normaliseHeading(text: string): string {
  // Most headings are plain words: lower case is then all there is to do, bar a leading number.
  if (PLAIN_WORDS.test(text)) {
    const lower = text.toLowerCase();
    return lower.charCodeAt(0) <= 0x39 ? lower.replace(NUMBERING, '') : lower;
  }
  return foldCircumflex(text.toLowerCase())
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(NUMBERING, '') // "3.1 Training data" → "training data"
    .trim()
    .replace(/\s+/g, ' ');
}

const PLAIN_WORDS = /^[A-Za-z0-9]+(?: [A-Za-z0-9]+)*$/;

/**
 * French spelt since the 1990 reform drops the circumflex on i and u ("Données d'entrainement",
 * "Cout"), and many authors write so: headings and synonyms are compared without it.
 */
function foldCircumflex(t: string): string {
  return /[\u00ee\u00fb]/.test(t) ? t.replace(/\u00ee/g, 'i').replace(/\u00fb/g, 'u') : t;
}
const NUMBERING = /^\s*\d+(\s+\d+)*\s+/;

// A heading counts for an item when it is one of the synonyms, or contains a synonym of two or
// more words, or of one long word ("Garde-fous / Guardrails"), or one of the item's words. Short
// single synonyms must be the whole heading: "Evaluation datasets" is not training data.
// One compiled matcher per synonym list: headings are tested against every list, and a card
// may have tens of thousands of headings.
const matchers = new WeakMap<string[], (normalised: string) => boolean>();
/** Han, kana and Hangul: scripts whose words a space does not delimit. */
export const CJK = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af]/;

/**
 * Long single synonyms that count only as the whole heading, or joined to another subject
 * ("Retention and deletion"): in other headings they mean something else ("Customer retention",
 * "Access the Application").
 */
const WHOLE_ONLY = new Set(['retention', 'application', 'unsupported']);

function matcherFor(list: string[]): (normalised: string) => boolean {
  let m = matchers.get(list);
  if (!m) {
    const synonyms = list.map(foldCircumflex);
    // A word (`=word`) is its text without the mark.
    const bare = (s: string) => (s.startsWith('=') ? s.slice(1) : s);
    const exact = new Set(synonyms.map(bare));
    const latin = synonyms.filter((s) => !CJK.test(s));
    const within = latin.filter((s) => s.startsWith('=') || (s.length >= 9 && !WHOLE_ONLY.has(s)) || s.includes(' ')).map((s) => bare(s).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    const re = within.length ? new RegExp(`(?:^| )(?:${within.join('|')})(?: |$)`) : undefined;
    // A short synonym first, joined to another subject: "Data and population", "Datos y población",
    // "Metrics & thresholds" (alone, "data" only counts as the whole heading).
    // Not "Training and testing" (a procedure), "Use and licence", nor "Data and code availability".
    const short = latin.filter((s) => !s.startsWith('=') && (s.length < 9 || WHOLE_ONLY.has(s)) && !s.includes(' ') && !/^(?:training|use|uses|usage)$/.test(s)).map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    const joined = short.length ? new RegExp(`^(?:${short.join('|')}) (?:and|y|e|et|und|&) (?!(?:the )?(?:model|models|code|software|weights|availability|licen[cs]e|citation|testing|evaluation|usage|use)\\b)\\S`) : undefined;
    // Chinese and Japanese write words without spaces, and Korean joins its particles to them
    // ("학습 데이터셋을"): a synonym of three characters or more, or
    // one of the item's words, counts wherever it stands ("禁止用途与限制" is prohibited uses and
    // limitations); two-character synonyms ("数据", "用途") only as the whole heading.
    const cjk = synonyms.filter((s) => CJK.test(s) && (s.startsWith('=') || s.length >= 3)).map(bare);
    m = (n) => exact.has(n) || (re !== undefined && re.test(n)) || (joined !== undefined && joined.test(n)) || (cjk.length > 0 && CJK.test(n) && cjk.some((w) => n.includes(w)));
    matchers.set(list, m);
  }
  return m;
}

/** The keys of the card sections and anchors (`ANCHOR_SYNONYMS`) a normalised heading counts for. */
export function matchingSections(normalised: string): readonly string[] {
  // "How to use", "How training data determines model behaviour": instructions or a narrative,
  // not the section an item is documented in.
  if (normalised.startsWith('how ')) return NONE;
  // "The dataset:", "Our training data": the article says nothing.
  if (/^(?:the|our|a|an) ./.test(normalised)) normalised = normalised.replace(/^(?:the|our|a|an) /, '');
  // Most headings match no list at all: one test against every synonym at once says so (a
  // heading matches the union exactly when it matches one of the lists).
  // "Training And Excluded Data", "Training and test datasets": the training data and another.
  if (TRAINING_AND_DATA.test(normalised)) return TRAINING_DATA_ONLY;
  // "What is MegaDetector bad at?", "What the model is not good at": where it fails, as "Weaknesses" says.
  // So is a heading that names a shortfall: "Low task-specific performance", "Poor accuracy on long inputs"
  // (not a lean build's: "Low-latency performance", "Low memory performance").
  if (BAD_AT.test(normalised) || SHORTFALL.test(normalised)) return FAILURE_ONLY;
  // "Scope and citation", "Scope and caveats": a heading that opens with the model's scope; "What
  // CLM is best at", "What it is good for": what the model is for, as "What it is for" says.
  const scopeFirst = SCOPE_FIRST.test(normalised) || GOOD_FOR.test(normalised);
  if (!anyMatcher(normalised)) return scopeFirst ? SCOPE_ONLY : NONE;
  const keys = SYNONYM_LISTS.filter(([, synonyms]) => matcherFor(synonyms)(normalised)).map(([key]) => key);
  if (scopeFirst && !keys.includes('scope')) keys.push('scope');
  // "No safety filtering", "Without guardrails": a label that says the item is not there, except
  // for data kept, where "No PII retention" is the answer (nothing is kept).
  // (Not a policy of giving no answer: "No-Prediction Policy" is how the model abstains.)
  if (/^(?:no|without) /.test(normalised) && !/^no (?:prediction|answer|decision|output|response)s? (?:policy|rule|mode)$/.test(normalised)) return keys.filter((k) => k === 'retention');
  // "Envs. for Pretraining", "Requirements for training": what training runs on, not what on.
  if (keys.includes('training-data') && /\b(?:envs?|environments?|requirements|setup|installation|dependencies|hardware|scripts?|code)\b/.test(normalised)) return keys.filter((k) => k !== 'training-data');
  // "事前学習済みモデル" (pretrained models), "사전 학습된 모델": the models made, not what they learnt from
  // (unless the heading also names data: "事前学習データ").
  if (keys.includes('training-data') && TRAINED_MODELS_CJK.test(normalised) && !DATA_CJK.test(normalised)) return keys.filter((k) => k !== 'training-data');
  // "Training Data Format", "Dataset structure": the shape the data must take (folders, columns),
  // not where it came from; "1. Prepare Your Training Data", "Using custom datasets": steps for
  // the reader's own training, their data, not the model's.
  if (keys.includes('training-data') && (DATA_SHAPE.test(normalised) || READERS_DATA.test(normalised))) return keys.filter((k) => k !== 'training-data');
  // "Sink Bias", "Learnable attention bias": a part of the network, no bias of the model's outputs.
  if (keys.includes('failure-modes') && TECHNICAL_BIAS.test(normalised)) return keys.filter((k) => k !== 'failure-modes');
  // "What use cases should be avoided?", "Use Cases to Avoid", "When NOT to Use": uses ruled out, not the scope.
  if (/\b(?:avoid(?:ed)?|not to use|not suitable|inappropriate)\b/.test(normalised) && /\b(?:uses?|use cases?|usage|applications?)\b/.test(normalised)) return [...keys.filter((k) => k !== 'scope'), ...(keys.includes('out-of-scope') ? [] : ['out-of-scope'])];
  // "Out-of-Scope Use Cases": the uses ruled out, not the intended ones ("use cases" alone names the scope);
  // a heading that also names the intended ones ("Intended use and out-of-scope use") still counts for both.
  if (keys.includes('out-of-scope') && keys.includes('scope') && /\bout of scope\b/.test(normalised) && !/\b(?:intended|scope|purpose|use cases?|uses?|usage)\b/.test(normalised.replace(/\bout of scope(?: (?:use cases?|uses?|usage|applications?))?/g, ' '))) return keys.filter((k) => k !== 'scope');
  // Japanese "反ユースケース（禁止領域）" (anti-use-cases, prohibited areas): the uses ruled out; its "ユースケース"
  // (use cases) names no intended one.
  if (keys.includes('out-of-scope') && keys.includes('scope') && /\u53cd\u30e6\u30fc\u30b9\u30b1\u30fc\u30b9/.test(normalised)) return keys.filter((k) => k !== 'scope');
  // "Previous Models (Not Recommended)", "Deprecated versions": which models not to pick, no use
  // the model must not be put to.
  if (keys.includes('out-of-scope') && /\b(?:previous|older|old|deprecated|legacy|earlier|past|superseded) (?:models?|versions?|checkpoints?|releases?)\b/.test(normalised)) return keys.filter((k) => k !== 'out-of-scope');
  // "Rate Limits", "API quotas and limits": what a provider allows, no shortfall of the model.
  if (keys.includes('failure-modes') && /^(?:[\w-]+ )?(?:rate|request|usage|api|quota|token|spending|budget|concurrency) limits?$/.test(normalised)) return keys.filter((k) => k !== 'failure-modes');
  // "Safety-critical agricultural decisions" (a use ruled out): how critical a use is, no safety measure.
  if (keys.includes('guardrails') && /\bsafety critical\b/.test(normalised)) return keys.filter((k) => k !== 'guardrails');
  // "Ethical and Safety Notes", "Safety considerations": what the authors weigh, no measure they
  // took (unless the heading names one: "Ethical Considerations & Safeguards").
  if (keys.includes('guardrails') && /\bsafety (?:notes?|considerations?|concerns?|remarks?|statement|discussion)$/.test(normalised) && !/\b(?:safeguards?|guardrails?|measures?|mitigations?|controls?|filters?)\b/.test(normalised)) return keys.filter((k) => k !== 'guardrails');
  // "Predictive Diagnostic (inference only, no retraining)": a schedule it says there is none of.
  if (keys.includes('review-frequency') && /\b(?:no|without|never) re ?training\b/.test(normalised)) return keys.filter((k) => k !== 'review-frequency');
  // "Leakage safety of longitudinal features", "Thread safety": a property of the code or the
  // method (no data leaks from test into training), no measure against harmful use or output.
  if (keys.includes('guardrails') && /\b(?:leakage|leak|thread|type|memory|concurrency|numerical|numeric) safe(?:ty)?\b/.test(normalised)) return keys.filter((k) => k !== 'guardrails');
  // "Evaluation contract", "Evaluation protocol", "Validation design": how the model is to be
  // tested, not what testing found; results written under it are read as sentences and rows are.
  if (keys.includes('evaluation') && (EVALUATION_PLAN.test(normalised) || PLANNED_EVALUATION.test(normalised))) return keys.filter((k) => k !== 'evaluation');
  // "Experiments" heads the results of a card's experiments; "Reproducing Experiments" and "Running
  // experiments" head the commands that rerun them.
  if (keys.includes('evaluation') && /\bexperiments?\b/.test(normalised) && !/^(?:experiments|experimental results|experiment results)$/.test(normalised) && !/\b(?:results?|evaluations?|benchmarks?|performance|metrics|scores|accuracy)\b/.test(normalised)) return keys.filter((k) => k !== 'evaluation');
  // "Training-data documentation required before publication": what is still to be written.
  return STILL_TO_WRITE.test(normalised) ? NONE : keys;
}

/**
 * The keys a heading counts for. A heading in Chinese, Japanese or Korean that lists its subjects
 * with a middle dot, an ideographic comma or a slash ("목적·대상·사용자 표현": purpose, audience,
 * how users are told) counts for each of them as if it stood alone: a two-character synonym
 * ("목적", purpose) counts only as a whole heading, and joined to others it was never one.
 */
export function headingKeys(text: string, normalised: string): readonly string[] {
  // A heading that names its section and then sums it up after a dash ("Data - 50K txs/80K edges,
  // Elliptic anchored + synthetic P2P") counts for what it names.
  const named = matchingSections(normalised);
  const summed = named.length ? undefined : SUMMED_HEADING.exec(text);
  const keys = summed ? matchingSections(normaliseHeading(summed[1]!)) : named;
  // "Data boundaries", "Data limitation", "Data and evaluation": a heading that opens on the data
  // and goes on to say which side of it is over what the model learnt from, as well as over the
  // limits or results it names (not the data's shape, its preparation, its keeping or its
  // protection: "Data format", "Data preprocessing", "Data retention"). A heading only: a list's
  // label "Dataset metadata:" names a file's fields.
  if (DATA_FIRST.test(normalised) && keys.every((k) => k === 'failure-modes' || k === 'evaluation')) return keys.length ? [...keys, 'training-data'] : TRAINING_DATA_ONLY;
  // The keys of the heading and of each of its parts, as if each stood alone.
  const withParts = (parts: string[]) => {
    const all = new Set(keys);
    for (const part of parts) if (part.trim()) for (const k of matchingSections(normaliseHeading(part))) all.add(k);
    return all;
  };
  // A heading in two languages ("\u0627\u0644\u063a\u0631\u0636 \u0648\u0627\u0644\u0627\u0633\u062a\u062e\u062f\u0627\u0645 | Purpose and use") counts for what either side names.
  if (text.includes(' | ')) {
    const all = withParts(text.split(' | '));
    if (all.size > keys.length) return [...all];
  }
  if (!CJK.test(text) || !CJK_LIST.test(text)) return keys;
  const all = withParts(text.split(CJK_LIST));
  return all.size === keys.length ? keys : [...all];
}
const CJK_LIST = /[\u00b7\u30fb\u3001\uff0c\uff0f/]/;
const SUMMED_HEADING = /^[\s#]*([A-Za-z][A-Za-z &/]{1,30}?) [-\u2013\u2014] (?=\S)/;

/** No keys: a heading that counts for no item. */
export const NONE: readonly string[] = Object.freeze([]);
const TRAINING_DATA_ONLY: readonly string[] = Object.freeze(['training-data']);
const SCOPE_ONLY: readonly string[] = Object.freeze(['scope']);
const FAILURE_ONLY: readonly string[] = Object.freeze(['failure-modes']);
const DATA_FIRST = /^(?:data|datasets?|data set) (?:and )?(?!(?:and|retention|privacy|protection|security|governance|handling|leakage|leaks?|drift|flow|formats?|structure|schema|columns|fields|access|sharing|deletion|storage|mission|and resource|citation|options|setup|inputs?|outputs?|requirements|license|licen[cs]ing|card|loader|loading|pipeline|augmentation|contracts?|validation|monitoring|quality|policy|policies|usage|use|code|software|models?|weights|availability|testing|preprocessing|pre processing|preparation|prepare|processing|files|information)\b)[a-z]+(?: [a-z]+){0,2}$/;
const SCOPE_FIRST = /^(?:model |intended )?scope (?:and|&) [a-z]+(?: [a-z]+)?$/;
/** "済みモデル" (…-ed model, as in 学習済みモデル, trained model), "학습된 모델" / "학습 모델" (trained model). */
const TRAINED_MODELS_CJK = /\u6e08\u307f\s?\u30e2\u30c7\u30eb|\ud559\uc2b5(?:\ub41c)?\s?\ubaa8\ub378/;
/** Data, corpus, dataset in Japanese, Korean and Chinese: "データ", "コーパス", "데이터", "말뭉치", "코퍼스", "数据", "语料", "語料". */
const DATA_CJK = /\u30c7\u30fc\u30bf|\u30b3\u30fc\u30d1\u30b9|\ub370\uc774\ud130|\ub9d0\ubb49\uce58|\ucf54\ud37c\uc2a4|\u6570\u636e|\u6578\u64da|\u8bed\u6599|\u8a9e\u6599/;
const SHORTFALL = /^(?:low|poor|weak|bad|degraded|reduced|worse) (?!(?:latency|memory|power|resource|cost|compute|bit|rank|precision|light)\b)(?:[\w-]+ ){0,2}?(?:performance|accuracy|quality|results)(?: (?:on|in|with|for) [\w -]{1,40})?$/;
const BAD_AT = /^what (?:(?:[\w-]+ ){1,3}?(?:is|are|s|re) |(?:is|are) (?:[\w-]+ ){1,3}?)(?:bad|not good|not great|weak|poor|worst) (?:at|for|with)$/;
const GOOD_FOR = /^what (?:[\w-]+ ){1,3}?(?:is|are|s|re) (?:best|good|great|most useful|useful|meant) (?:at|for)$/;
const TRAINING_AND_DATA = /^(?:training|train|fine tuning|finetuning) (?:[a-z]+ ){0,2}(?:and|or) [a-z]+ (?:data|datasets?|data set)$/;
/** A heading over an evaluation still to run: "Planned evaluation", "Future metrics". */
export const PLANNED_EVALUATION = /^(?:planned|proposed|future|intended) (?:evaluation|validation|testing|metrics)$/;
const EVALUATION_PLAN = /\b(?:evaluation|validation|testing|test|eval) (?:contract|plan|protocol|methodology|methods?|strategy|design|setup|approach|procedure|criteria)(?: and (?:rigou?r|scope|assumptions|design))?$/;
const STILL_TO_WRITE = /\b(?:required before|still (?:required|needed|missing)|to be (?:added|written|documented|completed)|not yet (?:documented|written|available)|(?:pending|todo|tbd)$)/;
const TECHNICAL_BIAS = /^(?:[\w-]+ )?(?:attention|sink|positional|position|relative|learnable|learned|logits?|layer|output|input|rotary|alibi|initial|init) bias(?:es)?(?: terms?)?$/;
// ("Add new finetuning dataset": how to register one's own.)
/** A heading over the reader's own data ("Prepare your training data", "Add new finetuning dataset"), not the model's. */
export function isReadersDataHeading(normalised: string): boolean {
  return READERS_DATA.test(normalised);
}
const READERS_DATA = /\b(?:your|custom)\b|^(?:\d+ )?(?:prepar(?:e|ing)|add(?:ing)? (?:a )?new)\b/;
const DATA_SHAPE = /\b(?:data|datasets?|data set) (?:formats?|formatting|structure|layout|schema|folder structure|directory structure)$/;
let union: ((normalised: string) => boolean) | undefined;
const anyMatcher = (normalised: string) => (union ??= matcherFor(SYNONYM_LISTS.flatMap(([, synonyms]) => synonyms)))(normalised);

/** Template text left in place of content: these lines count as nothing. */
export const PLACEHOLDER_PATTERNS: RegExp[] = [
  /\[more information needed\]/i,
  // The same stock text in any brackets, or none (the Trainer's auto-cards write it bare).
  /\bmore info(?:rmation)? needed\b/i,
  // Also with what is needed named, alone on its line: "More information on training data needed"
  // (in a sentence, "more information about the letters is needed before …" is the author's).
  /^[ \t]*more info(?:rmation)? (?:on|about|for)(?: [\w-]+){1,4}? needed\.?[ \t]*$/im,
  // The Trainer's sentence when it did not know the dataset.
  /\bon the None dataset\b/,
  // The Hugging Face template's stock sentences.
  /\bprovide a (?:quick|longer) summary of what the model is\b/i,
  /\bthis model card has been automatically generated\b/i,
  // A template's instruction to whoever fills it in, left as it was, alone on its line: "Identify
  // the limitations and constraints of the model and link related publications if available."
  // (It must open with the verb and what to write: "List of limitations of the model" is a title.)
  /^[ \t]*(?:[-*+][ \t]+)?(?:identify|describe|list|provide|explain|summari[sz]e|specify|document|outline|state|mention|enumerate|indicate) (?:briefly |here )?(?:the|any|all|what|how|which|who|whether) [^\n]{0,160}?\b(?:if (?:available|applicable|any|known|relevant)|(?:of|for|by) (?:the|this|your) model)\b[^\n]{0,80}$/im,
  // The prompts of the "Model Cards for Model Reporting" template, left as they were: a list
  // item of only a prompt, or the stock sentence after a section's name.
  /^\s*[-*+]\s+(?:primary intended uses|primary intended users|out-of-scope use cases|relevant factors|evaluation factors|model performance measures|decision thresholds|variation approaches|datasets|motivation|preprocessing|unitary results|intersectional results)\s*$/i,
  /\buse cases that were envisioned during development\b|\bmetrics should be chosen to reflect potential real-? ?world impacts\b|\bfactors could include demographic or phenotypic\b/i,
  // No brace inside: each try stops at the next brace, so a line of `{{` without `}}` is not
  // scanned to its end once per `{{` (quadratic).
  /\{\{[^{}]*\}\}/,
  /\bTODO\b/,
  /\bTBD\b/,
  // A template's named slot in single braces, left unfilled: "**Datos:** {DESCRIPCION_DATOS}"
  // (not a shell variable, "${HOME}", nor the double braces above).
  // (Or in words: "This model is intended for use in {BRIEF DESCRIPTION OF USE}", "{DETAIL PERFORMANCE EXPECTATIONS and LIMITATIONS}".)
  /(?<![{$%\w])\{[A-Z][A-Z0-9_]{2,40}\}(?!\})|(?<![{$%\w])\{[A-Z][A-Z0-9_'-]*(?: (?:[A-Z0-9&/,.'()_-]+|and|or|of|to|the|for|in|on|with)){1,12}\}(?!\})/,
  /\[(?:insert|add|describe|your)[^\]]*\]/i,
  // A template's prompt in square brackets (not a link's text): "[List known limitations, e.g. …]",
  // "[Name of the model]", "[Link to data documentation or description]", "[What should the model
  // NOT be used for?]".
  /\[(?:(?:list|describe|explain|provide|specify|enter|mention|include|write|fill in|summari[sz]e)\s+[a-z][^\]\n]{3,160}|(?:name|version|date|link|team|email|type|number) (?:of|to|or)\s+[a-z][^\]\n]{2,120}|(?:what|which|who|how|when|where|why) [^\]\n]{5,160}\?)\](?![([:])/i,
  // The same slot in angle brackets: "Intended use: <intended tasks & limitations>", "<your-model-name>"
  // (not an HTML tag, "<details open>", "<br />", nor a link's "<https://…>").
  /<(?:(?:your|insert|enter|add)[ _-][^<>\n]{1,60}|(?!(?:[abipu]|abbr|audio|big|blockquote|br|button|center|code|dd|details|div|dl|dt|em|figcaption|figure|font|h[1-6]|hr|iframe|img|input|kbd|li|link|meta|ol|path|picture|pre|script|section|small|source|span|strong|style|sub|summary|sup|svg|table|tbody|td|th|thead|tr|ul|video)\b)[a-z]+(?: [a-z&,]+){1,8})>/i,
  /lorem ipsum/i,
  /(?<![0-9a-fA-F])0{64}(?![0-9a-fA-F])/,
  // The Hugging Face template's stock sentence under "Recommendations".
  /should be made aware of the risks, biases and limitations of the model\. More information needed/i,
];

/**
 * Whether any placeholder pattern matches somewhere in a text. Every line that has a placeholder
 * is part of the text, so when this is false no line of it has one, and lines need not be tested
 * one by one.
 */
export function mayHavePlaceholder(text: string): boolean {
  return PLACEHOLDER_PATTERNS.some((re) => re.test(text));
}

/**
 * A line that states nothing about the item it stands under, once markup and a leading label go:
 * "Not applicable", "N/A", "None", "Unknown", "Coming soon", "To be filled in…", "No known issues" (under
 * "Known Issues", an issue tracker's stock line, which names none). Not template text (no placeholder
 * finding), but not content either: "Training Data: Not applicable" documents no training data.
 */
export const NOTHING_LINE = /^[\s|*_>#`~:=([-]*(?:[\p{L}\p{N} /&()-]{1,40}[*_]{0,2}:[\s*_]*)?(?:not applicable|n\/a|na|none|unknown|not available|not provided|not specified|not known|no information|no known (?:issues|limitations|problems|bugs|risks)(?: (?:yet|so far|at this time))?|coming soon|to be (?:added|determined|announced|filled(?:[- ]in)?|completed|written|defined|confirmed|documented|provided)|tba|tbc|wip|work in progress|pending)(?:[.;,]? *(?:see|refer to|cf\.?) .{0,80}| (?:after|once|when|upon|later|until)\b[^()[\]\n]{0,100}| for (?:the |this )?(?:mvp|prototype|demo|pilot|poc|now)(?: \([^()\n]{1,80}\))?)?[\s.!*_|)\]]*$/iu;

// (Also in brackets and with when it will come: "(To be filled after final model evaluation)"; and
// for a first release only: "**Training Data**: None for MVP (heuristics + curated tips).")
/**
 * A quick test over a whole text: false when no line of it can be a `NOTHING_LINE`. It carries the
 * same list of phrases, written out again (an expression built from one list would escape the
 * lint's linear-time checks); a test keeps the two lists the same.
 */
export const NOTHING_ANY = /\b(?:not applicable|n\/a|na|none|unknown|not available|not provided|not specified|not known|no information|no known (?:issues|limitations|problems|bugs|risks)(?: (?:yet|so far|at this time))?|coming soon|to be (?:added|determined|announced|filled(?:[- ]in)?|completed|written|defined|confirmed|documented|provided)|tba|tbc|wip|work in progress|pending)\b/i;

export function mayHaveNothingLine(text: string): boolean {
  return NOTHING_ANY.test(text);
}

export function isNothingLine(line: string): boolean {
  return line.length <= 120 && NOTHING_LINE.test(line);
}

/**
 * Headings that are notices, not sections: "Note: …", "DEPRECATED …", "Update (2024)…", or a
 * sentence (more than eight words, or ending in ! or ?). They are not reported as empty, and
 * findings about the card as a whole do not anchor on them.
 */
/**
 * A section of announcements or references ("News", "Update", "Changelog", "Citation", "About GGUF"): what it
 * says is about releases, other models and papers, so its labels and sentences show nothing
 * about this model ("**Stronger performance**: the next version scores…").
 */
export function isNewsHeading(normalised: string): boolean {
  // "About GGUF" (or GGML, GPTQ, AWQ, EXL2) is a quantiser's stock text on the file format and the
  // clients that read it ("ctransformers … does not support many recent models"), not on the model.
  return isReleaseNewsHeading(normalised) || CITATION_HEADING.test(normalised) || /^(?:about (?:gguf|ggml|gptq|awq|exl2)|acknowledge?ments?|references)$/.test(normalised);
}

/** A heading over a citation of the work: "Citation", "BibTeX", "Cite" (normalised). */
export const CITATION_HEADING = /^(?:citations?|cite|bibtex(?: entry)?(?: and citation info)?|citation info)$/;

/**
 * A heading over dated entries on releases ("News", "Updates", "Changelog"): their dates are when
 * something was released, never when data was obtained.
 */
export function isReleaseNewsHeading(normalised: string): boolean {
  return /^(?:updates?|news|(?:news|updates?) and (?:news|updates?)|latest (?:news|updates?)|recent (?:news|updates?)|(?:project|model|release) (?:news|updates?)|announcements?|change ?log|release notes|what ?s new)$/.test(normalised);
}

/**
 * A section of the model's own output shown as a sample ("Sample output", "Example conversation",
 * "Inference samples", "Generated examples", and pictures of outputs: "Visual results on real
 * images", "Qualitative comparison", no scores of a test): its sentences are the model's or a user's words, not
 * the card's. A sample news article says "intended for readers of …", an example answer "should not
 * be used for …"; neither is the card stating a use. Read for neither labels nor sentences, as news
 * is. Not "Example usage" or "Usage example", which are the card's own words on how to use it.
 */
export function isSampleHeading(normalised: string): boolean {
  return /^(?:(?:an? )?(?:examples?|samples?|demo|illustrative) (?:of )?(?:model |generated )?(?:outputs?|generations?|conversations?|dialogues?|dialogs?|chats?|responses?|completions?|answers?|interactions?|transcripts?|inputs? and outputs?)(?: \w+){0,4}|(?:inference|generation|generated|output|chat|conversation|dialogue) (?:samples?|examples?)|generated (?:outputs?|texts?|results|images|videos)(?: from [\w ]{1,40})?|(?:visual|qualitative) (?:results?|comparisons?)(?: \w+){0,5}|samples?|sample inputs?|[\u4e00-\u9fff]{0,4}\u751f\u6210(?:\u7ed3\u679c|\u7d50\u679c|\u793a\u4f8b|\u6837\u4f8b|\u6a23\u4f8b)(?: (?:more |generated )?(?:results?|samples?|examples?|outputs?)(?: \w+){0,4})?)$/.test(normalised);
}

export function isNoticeHeading(text: string, normalised: string): boolean {
  if (/^(?:note|notice|notes|nb|deprecated|deprecation|warning|attention|caution|important|update|updates|news|announcement|disclaimer|archived|moved|obsolete)\b/.test(normalised)) return true;
  if (/[!?]\s*$|:\(\s*$/.test(text)) return true;
  return normalised.split(' ').length > 8;
}
