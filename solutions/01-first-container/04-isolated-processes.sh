#!/bin/sh
# Inside the container (top -b -n 1 prints one screen of top and ends; plain top ends with q):
top -b -n 1
# PID 1 is the shell, /bin/bash. In your other terminal:
#   docker-kata answer bash
# (top's row with PID 1 ends with the command; the test image's busybox top shows it as "{bash} sh -i".)
# answer: ^ *1 .*?\{?(\w+)\}?(?: sh -i)? *$
