#!/bin/sh
docker rmi localhost:5000/kata/ubuntu:1
docker pull localhost:5000/kata/ubuntu:1
docker images

# variant: the management commands
# after: run-registry push-to-registry
docker image rm localhost:5000/kata/ubuntu:1
docker image pull localhost:5000/kata/ubuntu:1

# near miss: pulled without removing it first
# after: run-registry push-to-registry
docker pull localhost:5000/kata/ubuntu:1
# expect: has not reported this for the image localhost:5000/kata/ubuntu:1: untagged

# near miss: removed, never pulled back
# after: run-registry push-to-registry
docker rmi localhost:5000/kata/ubuntu:1
# expect: there is no image localhost:5000/kata/ubuntu:1
