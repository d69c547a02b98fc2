#!/bin/sh
docker run -it python
# At the >>> prompt:
print("hello")
exit()
