#!/bin/sh
# Inside the container (top -b -n 1 prints one screen of top and ends; plain top ends with q):
top -b -n 1
# PID 1 is the shell, /bin/bash. In your other terminal:
#   docker-kata answer bash
# (top's row with PID 1 ends with the command; the test image's busybox top shows it as "{bash} sh -i".)
# answer: ^ *1 .*?\{?(\w+)\}?(?: sh -i)? *$

# variant: the full path, answered from the other terminal
# key: C-p C-q
docker-kata answer /bin/bash

# variant: in quotes
# key: C-p C-q
docker-kata answer '"bash"'

# near miss: the command typed in the container
# key: C-p C-q
docker-kata answer top
# expect: which is not it

# near miss: before the exercise started, another container's answer
# key: C-p C-q
docker run -d ubuntu sleep 300
docker-kata answer sleep
# expect: which is not it
