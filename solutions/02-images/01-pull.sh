#!/bin/sh
docker pull alpine

# variant: the management command
docker image pull alpine

# near miss: pulled before the exercise started
docker pull alpine
# exercise starts here
# expect: has not reported

# near miss: ran the image that was already there instead of pulling
docker run --rm alpine true
# expect: has not reported
