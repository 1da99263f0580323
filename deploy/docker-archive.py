#!/usr/bin/env python3
"""Packs a root file system into a one-layer image in the docker-archive format (what `docker save`
writes): symbolic links and file modes are kept as they are, which jib's extra directories would not
keep. jib reads it as the base image (`tar://`). Usage: docker-archive.py ROOTFS OUTPUT.tar"""
import hashlib, io, json, os, sys, tarfile
root, out = sys.argv[1], sys.argv[2]
layer = io.BytesIO()
with tarfile.open(fileobj=layer, mode="w", format=tarfile.PAX_FORMAT) as t:
    for name in sorted(os.listdir(root)):
        t.add(os.path.join(root, name), arcname=name, recursive=True)
data = layer.getvalue()
digest = hashlib.sha256(data).hexdigest()
config = {"architecture": "amd64", "os": "linux",
          "config": {"Env": ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"]},
          "rootfs": {"type": "layers", "diff_ids": ["sha256:" + digest]}, "history": [{"created_by": "deploy/base-rootfs.sh"}]}
config_bytes = json.dumps(config).encode()
config_name = hashlib.sha256(config_bytes).hexdigest() + ".json"
with tarfile.open(out, "w") as t:
    def add(name, payload):
        info = tarfile.TarInfo(name); info.size = len(payload); t.addfile(info, io.BytesIO(payload))
    add(digest + "/layer.tar", data)
    add(config_name, config_bytes)
    add("manifest.json", json.dumps([{"Config": config_name, "RepoTags": ["bastion-base:bookworm"], "Layers": [digest + "/layer.tar"]}]).encode())
print(out, len(data))
