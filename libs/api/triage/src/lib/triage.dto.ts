import { TriageSuggestionRequestSchema } from '@ladder/contracts';
import { createZodDto } from 'nestjs-zod';

export class TriageSuggestionRequestDto extends createZodDto(TriageSuggestionRequestSchema) {}
