#!/bin/sh
docker save -o kata-app.tar kata-app:1
tar -tf kata-app.tar
docker inspect --format "{{len .RootFS.Layers}}" kata-app:1
# The number printed last is the layer count.
# answer: RootFS.Layers}}" kata-app:1\s*\n(\d+)

# variant: docker image inspect
# after: build-an-image
docker image inspect --format '{{len .RootFS.Layers}}' kata-app:1
# answer: kata-app:1\s*\n(\d+)

# near miss: counted the rows of docker history (CMD adds a row, not a layer)
# after: build-an-image
docker history -q kata-app:1 | wc -l
# answer: wc -l\s*\n\s*(\d+)
# expect: which is not it

# near miss: only the layers of your own steps (RUN and COPY)
# after: build-an-image
docker-kata answer 2
# expect: which is not it
