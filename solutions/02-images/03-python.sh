#!/bin/sh
docker run -it python
# At the >>> prompt:
print("hello")
exit()

# variant: long flags and the tag written out
docker container run --interactive --tty python:latest
exit()

# near miss: no -it
docker run python
# expect: started without a terminal

# near miss: ubuntu instead of python
docker run -it ubuntu
# key: C-d
# expect: there is no container from any python image
