import asyncio
import numpy as np
