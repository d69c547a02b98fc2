#!/bin/sh
# Inside the container, press Ctrl-D (or type exit):
# key: C-d

# variant: typing exit
exit

# variant: left it before, then a new interactive one, left with Ctrl-D (hint 2)
# key: C-d
# exercise starts here
docker run -it ubuntu
# key: C-d

# near miss: stopped with docker stop from the other terminal
# key: C-p C-q
docker stop -t 1 $(docker ps -lq)
# expect: it was killed

# near miss: another container ran and ended, while the shell still runs
# key: C-p C-q
docker run ubuntu true
# expect: it is still running
