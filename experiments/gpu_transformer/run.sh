#!/bin/bash
# Fine-tune MiniLM on a GPU machine: three settings at once on one GPU; the one with the best early-stopping
# AUC (held-out rows of data/train's validation part) comes back in pieces of at most 16 MB (the device
# tool's limit per file). This made the shipped checkpoint (models/CARD.md, "The transformer"):
#   bash experiments/gpu_transformer/prepare.sh          # here: fills .gpu/ (copies this script there too)
#   device run, carry [".gpu"]:  OUT=$OUT BUDGET=5.5 bash .gpu/run.sh
#   here: cat ckpt.part* > models/transformer/checkpoint.ckpt; tar -xf model.tar -C models/transformer
# The tree that travels must stay under 64 MiB: the run was made from a branch without models/ensemble.joblib
# and models/transformer/checkpoint.ckpt. Dry run on a CPU: DEVICE=cpu SMOKE=1 OUT=/tmp/out bash .gpu/run.sh
set -u
DEVICE=${DEVICE:-cuda}
BUDGET=${BUDGET:-4.5}
export HF_HUB_OFFLINE=1 PYTHONUNBUFFERED=1 TOKENIZERS_PARALLELISM=false
export MODERATOR_BASE_MODEL=$PWD/.gpu/base
python3 -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --upgrade --target /tmp/site .gpu/*.whl || exit 1
export PYTHONPATH=/tmp/site:$PWD
mkdir -p /tmp/data && tar -C /tmp/data -xJf .gpu/data.tar.xz || exit 1
[ "$DEVICE" = cuda ] && nvidia-smi --query-gpu=name,memory.total --format=csv
python3 -c "import torch, transformers, detoxify; print('torch', torch.__version__, 'transformers', transformers.__version__, 'cuda', torch.cuda.is_available())"

common="--data /tmp/data --device $DEVICE --threads 4 --batch-size 32 --lr 8e-5 --head-lr 1e-3 --budget-minutes $BUDGET"
if [ "${SMOKE:-0}" = 1 ]; then
  common="$common --eval-every 10 --patience 2"; steps=20
else
  common="$common --eval-every 500 --patience 6"; steps=9200  # 4 epochs of 73,241 rows
fi
# r1: the CPU recipe (embeddings and 2 lowest layers frozen, 96 tokens) over 4 epochs; r2: 128 tokens;
# r3: 128 tokens, every weight trained
python3 -m moderator.transformer $common --out /tmp/r1 --max-length 96 --max-steps $steps >/tmp/r1.log 2>&1 &
python3 -m moderator.transformer $common --out /tmp/r2 --max-length 128 --max-steps $steps >/tmp/r2.log 2>&1 &
python3 -m moderator.transformer $common --out /tmp/r3 --max-length 128 --max-steps $steps --freeze-layers 0 --train-embeddings >/tmp/r3.log 2>&1 &
wait
for r in r1 r2 r3; do echo "=== $r"; grep -v "fine-tuning MiniLM" /tmp/$r.log | tail -40; done > $OUT/runs.log
python3 - <<'EOF'
import json, os, pathlib
runs = {}
for r in ("r1", "r2", "r3"):
    p = pathlib.Path(f"/tmp/{r}/metrics.json")
    if p.is_file():
        runs[r] = json.loads(p.read_text())
best = max(runs, key=lambda r: max(h["mean_auc"] for h in runs[r]["history"]))
print("best", best, {r: (max(h["mean_auc"] for h in m["history"]), m["mean_auc"]) for r, m in runs.items()})
pathlib.Path(os.environ["OUT"], "metrics_all.json").write_text(json.dumps({"best": best, "runs": runs}, indent=1))
pathlib.Path("/tmp/best").write_text(best)
EOF
best=$(cat /tmp/best)
tar -C /tmp/$best -cf $OUT/model.tar model metrics.json
split -b 16000000 -d /tmp/$best/checkpoint.ckpt $OUT/ckpt.part
ls -la $OUT
