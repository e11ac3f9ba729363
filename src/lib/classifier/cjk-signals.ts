import { categoryRank } from '../taxonomy.ts';
import type { VerbCategory } from './lexicon.ts';
import { LEVEL, signal, type Signal } from './signal.ts';

/**
 * Verbs of Chinese, Japanese and Korean descriptions, which the English word lists cannot read
 * (`将经纬度坐标转换为地址` converts coordinates: Read). Matched as substrings of the lead clause.
 */
const CJK_VERBS: Record<VerbCategory, readonly string[]> = {
  Financial: ['支付', '付款', '退款', '转账', '购买', '결제', '환불', '송금', '支払', '返金', '送金'],
  Destructive: ['删除', '移除', '清空', '销毁', '清除', '削除', '消去', '삭제', '제거'],
  Execute: ['执行', '运行', '部署', '启动', '安装', '実行', '起動', 'デプロイ', '실행', '배포', '설치'],
  Write: ['创建', '新建', '添加', '更新', '修改', '编辑', '设置', '发送', '上传', '保存', '写入', '重命名', '提交', '发布', '作成', '追加', '編集', '変更', '送信', '保存', '投稿', '既読', '标记', '생성', '추가', '수정', '변경', '전송', '저장', '업로드'],
  Read: ['查询', '推荐', '获取', '下载', '搜索', '查看', '列出', '读取', '转换', '计算', '规划', '测量', '定位', '分析', '生成', '检索', '显示', '返回', '搜', '取得', '検索', '一覧', '表示', '読み取', '変換', '조회', '검색', '가져오', '목록', '읽', '변환', '분석'],
};
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;
const CLAUSE_END = /[。！？!?\n]/;
const NEGATIONS = ['不', '无', '没有', '未', 'ない', '않'];

/**
 * The verb of the first clause of a Chinese, Japanese or Korean description that has one: the
 * first verb it uses, or any verb in it that deletes or pays (the rubric's worst wins).
 */
export function cjkSignals(description: string): Signal[] {
  if (!CJK.test(description)) return [];
  for (const clause of description.split(CLAUSE_END)) {
    const found = clauseVerb(clause);
    if (!found) continue;
    const level = found.category === 'Read' || found.category === 'Write' ? LEVEL.leadPlain : LEVEL.lead;
    return [signal(found.category, level, 'description', `description says “${found.verb}”`)];
  }
  return [];
}

function clauseVerb(clause: string): { category: VerbCategory; verb: string; at: number } | undefined {
  let first: { category: VerbCategory; verb: string; at: number } | undefined;
  let irreversible: { category: VerbCategory; verb: string; at: number } | undefined;
  for (const [category, verbs] of Object.entries(CJK_VERBS) as [VerbCategory, readonly string[]][]) {
    for (const verb of verbs) {
      const at = clause.indexOf(verb);
      if (at < 0 || NEGATIONS.some((n) => clause.slice(Math.max(0, at - n.length - 1), at).includes(n))) continue;
      if (!first || at < first.at) first = { category, verb, at };
      if ((category === 'Destructive' || category === 'Financial') && (!irreversible || categoryRank(category) < categoryRank(irreversible.category))) irreversible = { category, verb, at };
    }
  }
  return irreversible ?? first;
}
