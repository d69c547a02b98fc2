#!/bin/sh
docker images
# Read the IMAGE ID of ubuntu, then:
#   docker-kata answer <image id>
# answer: ^(?:docker\.io/library/)?ubuntu\s+latest\s+([0-9a-f]{12})

# variant: the whole ID, with sha256:
docker images --no-trunc
# answer: ^(?:docker\.io/library/)?ubuntu\s+latest\s+(sha256:[0-9a-f]{64})

# variant: the management command
docker image ls
# answer: ^(?:docker\.io/library/)?ubuntu\s+latest\s+([0-9a-f]{12})

# near miss: the image's name for its ID
docker-kata answer ubuntu
# expect: the name of the image

# near miss: the ID of another image
docker images
# answer: ^(?:docker\.io/library/)?alpine\s+latest\s+([0-9a-f]{12})
# expect: the ID of another image

# near miss: too little of the ID
docker images
# answer: ^(?:docker\.io/library/)?ubuntu\s+latest\s+([0-9a-f]{6})
# expect: too little of the ID
