"""Independent questions asked after an unrelated turn: how many are read as follow-ups, and how many of those
lose the passage they find alone (the cost of reading a question as leaning on the turn before).

    .venv/bin/python -m eval.unrelated

Every answerable question without a history of the laws dev and spent sets is asked once alone and once after
a question drawn at random (fixed seed) from the same pool; only those `is_followup` marks are asked twice.
The fresh test sets (eval/run.py FRESH) are left out.
"""

from __future__ import annotations

import random

from eval.corpora import SETS, assistants
from eval.metrics import first_correct_rank, load_items
from eval.run import FRESH, QUESTION_SETS
from service.followup import is_followup
from service.settings import Settings


def main() -> None:
    assistant = assistants(Settings(), {"laws"})["laws"]
    items = []
    for qs in QUESTION_SETS:
        if qs.kind == "qa" and qs.corpus == "laws" and qs.name not in FRESH:
            items += [it for it in load_items(SETS / qs.file)[1] if it.get("answerable", True) and not it.get("history")]
    rng = random.Random(7)
    pool = [it["question"] for it in items]
    marked = lost = gained = 0
    for it in items:
        earlier = rng.choice(pool)
        if not is_followup(it["question"]):
            continue
        marked += 1
        rank = lambda history: first_correct_rank(
            it["evidence"], [(c.text, c.section) for c in assistant.answer(it["question"], history, k=5).citations])
        alone, after = rank([]) == 1, rank([earlier]) == 1
        lost += alone and not after
        gained += after and not alone
    print(f"{len(items)} independent questions; {marked} read as follow-ups after an unrelated turn; "
          f"{lost} of them lose their first passage, {gained} gain it")


if __name__ == "__main__":
    main()
