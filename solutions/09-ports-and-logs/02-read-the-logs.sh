#!/bin/sh
docker run --name kata-talker ubuntu bash -c 'echo "Your lucky number is $RANDOM$RANDOM"'
docker logs kata-talker
# The number after "Your lucky number is", e.g. 1234567, then in your other terminal:
#   docker-kata answer 1234567
# answer: lucky number is (\d+)

# variant: in the background, read with the management command
docker run -d --name kata-talker ubuntu bash -c 'echo "Your lucky number is $RANDOM$RANDOM"'
docker container logs kata-talker
# answer: lucky number is (\d+)

# variant: only the last line of the logs
docker run --name kata-talker ubuntu bash -c 'echo "Your lucky number is $RANDOM$RANDOM"'
docker logs --tail 1 kata-talker
# answer: tail 1 kata-talker\s*\n.*lucky number is (\d+)

# near miss: without --name
docker run ubuntu bash -c 'echo "Your lucky number is $RANDOM$RANDOM"'
# answer: lucky number is (\d+)
# expect: there is no container named kata-talker

# near miss: the number of a first run without --name, not kata-talker's
docker run ubuntu bash -c 'echo "Your lucky number is $RANDOM$RANDOM"'
docker run --name kata-talker ubuntu bash -c 'echo "Your lucky number is $RANDOM$RANDOM"'
# answer: lucky number is (\d+)
# expect: which is not it
