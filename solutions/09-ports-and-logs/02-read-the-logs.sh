#!/bin/sh
docker run --name kata-talker ubuntu bash -c 'echo "Your lucky number is $RANDOM$RANDOM"'
docker logs kata-talker
# The number after "Your lucky number is", e.g. 1234567, then in your other terminal:
#   docker-kata answer 1234567
# answer: lucky number is (\d+)
