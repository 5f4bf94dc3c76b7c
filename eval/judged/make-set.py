#!/usr/bin/env python3
"""Builds a judged set for `claimtrail eval judged` from a judged sample (see README.md).

  make-set.py NAME --sample sample-NAME.json --first verdict-NAME.jsonl [--second verdict2-NAME.jsonl]
              --patterns patterns-NAME.tsv --claims DIR --articles DIR [--description TEXT] --out DIR

--claims: the claims of the run the sample was drawn from, as `eval judged --claims-out DIR` writes
them (CORPUS.jsonl with cue_start); they give each judged claim its cue offsets and make the
population. --articles: CORPUS.articles.jsonl as `claimtrail extract` wrote them for the sample
(for each article's text hash). Writes judged-NAME.json and population-NAME.tsv.gz; no article
text goes into either (ids, offsets, the cue, source and stance as extracted, the verdicts).
"""
import argparse, gzip, json, os, sys

CORPORA = [
    {'name': 'wikinews-2020', 'inputs': ['wikinews/wikinews-2020.jsonl'], 'documents': ''},
    {'name': 'reuters-21578-dev', 'inputs': ['reuters-21578/reuters-21578-dev.jsonl'], 'documents': ''},
    {'name': 'html-pages', 'inputs': ['html-pages/newspaper', 'html-pages/readability'], 'documents': '.html'},
]
PATTERNS = {
    '1': 'a verb that is no communication taken as a cue (wants, plans, beliefs, naming, refusals, questions, requests, captions)',
    '2': 'the sentence extracted again at an inner verb inside attributed content',
    '3': 'content that states no proposition (a bare noun phrase, a topic, an embedded question)',
    '4': 'a source that is a piece of a phrase (a fragment, the tail of a name, a title, a dateline)',
    '5': 'the wrong party (resolved to someone else, or a named speaker left unnamed)',
    '6': 'reporter narration taken for a claim, or negation lost from the content',
    '7': 'stance (by the rubric\'s definitions)',
    '8': 'content cut or run on so that the meaning changes (no pattern of the list above)',
}
FIELDS = ['is_claim', 'source_ok', 'content_ok', 'stance_ok']


def relative(document):
    for lead in ('../shared/corpora/', '/work/shared/corpora/'):
        if document.startswith(lead):
            return document[len(lead):]
    sys.exit(f'document outside the corpora folder: {document}')


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('name')
    for a in ('--sample', '--first', '--patterns', '--claims', '--articles', '--out'):
        ap.add_argument(a, required=True)
    ap.add_argument('--second')
    ap.add_argument('--description', default='')
    o = ap.parse_args()
    sample = json.load(open(o.sample))
    first = {json.loads(l)['n']: json.loads(l) for l in open(o.first) if l.strip()}
    second = {json.loads(l)['n']: json.loads(l) for l in open(o.second) if l.strip()} if o.second else {}
    hand = {}
    for line in open(o.patterns):
        if line.startswith('#') or not line.strip():
            continue
        n, pats, right, stance = line.rstrip('\n').split('\t')
        hand[int(n)] = ({p.split(':')[0]: p.split(':')[1] for p in pats.split()}, [] if right == '-' else right.split('|'),
                        None if stance == '-' else stance)
    hashes = {}
    for c in CORPORA:
        for line in open(os.path.join(o.articles, c['name'] + '.articles.jsonl')):
            a = json.loads(line)
            hashes[a['id']] = a['content_hash'][:16]
    runs = {c['name']: [json.loads(l) for l in open(os.path.join(o.claims, c['name'] + '.jsonl'))] for c in CORPORA}
    keep = {c['name']: c['documents'] for c in CORPORA}
    index = {}
    for name, claims in runs.items():
        for c in claims:
            index.setdefault((c['article_id'], c['start'], c['end'], c['cue']), []).append(c)
    items = []
    for it in sample:
        n = it['n']
        found = index.get((it['article_id'], it['start'], it['end'], it['cue']))
        if not found:
            sys.exit(f'judged claim {n}: not in the --claims run (is it the run the sample was drawn from?)')
        c = found[0]
        v1 = {f: first[n][f] for f in FIELDS}
        v1['note'] = first[n].get('note', '')
        v2 = None
        if n in second:
            v2 = {f: second[n][f] for f in FIELDS}
            v2['note'] = second[n].get('note', '')
        pats, right, stance = hand.get(n, ({}, [], None))
        negatives = {f.replace('_ok', '') for f in FIELDS if v1[f] == 'N'}
        if negatives != set(pats):
            sys.exit(f'judged claim {n}: N fields {sorted(negatives)} but patterns for {sorted(pats)}')
        items.append({'n': n, 'corpus': it['corpus'], 'document': relative(it['document']), 'article_id': it['article_id'],
                      'text_hash': hashes[it['article_id']], 'cue': it['cue'], 'cue_start': c['cue_start'],
                      'cue_end': c['cue_start'] + len(it['cue']), 'start': it['start'], 'end': it['end'], 'source': it['source'],
                      'source_text': it['source_text'], 'stance': it['stance'], 'quote': it['quote'], 'via': it['via'],
                      'first': v1, 'second': v2, 'patterns': pats, 'right_source': right, 'right_stance': stance})
    pop = f'population-{o.name}.tsv.gz'
    out = {'name': o.name, 'description': o.description, 'corpora': CORPORA, 'patterns': PATTERNS, 'population': pop, 'items': items}
    with open(os.path.join(o.out, f'judged-{o.name}.json'), 'w') as f:
        # one judged claim a line, so that a change to a judgment is a one-line diff
        head = json.dumps({k: v for k, v in out.items() if k != 'items'}, indent=1, ensure_ascii=False)
        f.write(head[:-2] + ',\n "items": [\n')
        f.write(',\n'.join(json.dumps(it, ensure_ascii=False) for it in items))
        f.write('\n ]\n}\n')
    with gzip.open(os.path.join(o.out, pop), 'wt', encoding='utf-8') as f:
        f.write('# corpus\tarticle_id\tcue_start\tcue_end\tstart\tend: every claim of the run the sample was drawn from\n')
        for name, claims in runs.items():
            for c in sorted(claims, key=lambda c: (c['article_id'], c['cue_start'], c['start'], c['end'])):
                if keep[name] and keep[name] not in c['document']:
                    continue
                f.write(f"{name}\t{c['article_id']}\t{c['cue_start']}\t{c['cue_start'] + len(c['cue'])}\t{c['start']}\t{c['end']}\n")
    print(len(items), 'judged claims;', sum(len(v) for v in runs.values()), 'claims in the run')


if __name__ == '__main__':
    main()
