#!/bin/sh
docker tag ubuntu localhost:5000/kata/ubuntu:1
docker push localhost:5000/kata/ubuntu:1
docker images --digests

# variant: the management commands, with the tag written out
# after: run-registry
docker image tag ubuntu:latest localhost:5000/kata/ubuntu:1
docker image push localhost:5000/kata/ubuntu:1

# near miss: tagged, never pushed
# after: run-registry
docker tag ubuntu localhost:5000/kata/ubuntu:1
# expect: has not reported this for the image localhost:5000/kata/ubuntu:1: pushed

# near miss: pushed without tagging first
# after: run-registry
docker push localhost:5000/kata/ubuntu:1
# expect: there is no image localhost:5000/kata/ubuntu:1

# near miss: tagged and pushed without the :1
# after: run-registry
docker tag ubuntu localhost:5000/kata/ubuntu
docker push localhost:5000/kata/ubuntu
# expect: there is no image localhost:5000/kata/ubuntu:1
