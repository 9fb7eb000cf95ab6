import { ArrivalSpikeQuerySchema } from '@ladder/contracts';
import { createZodDto } from 'nestjs-zod';

export class ArrivalSpikeQueryDto extends createZodDto(ArrivalSpikeQuerySchema) {}
