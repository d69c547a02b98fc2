#!/bin/sh
docker save -o kata-app.tar kata-app:1
tar -tf kata-app.tar
docker inspect --format "{{len .RootFS.Layers}}" kata-app:1
# The number printed last is the layer count.
# answer: RootFS.Layers}}" kata-app:1\s*\n(\d+)
